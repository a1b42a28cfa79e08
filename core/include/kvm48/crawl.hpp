#pragma once
// What the host lends to a source plugin for one crawl run.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kvm48/http.hpp"
#include "kvm48/logger.hpp"
#include "kvm48/records.hpp"
#include "kvm48/status.hpp"

namespace kvm48 {

/// How the user asked this run to go (`kvm48-server crawl` flags, or the
/// schedule's defaults).
struct CrawlOptions {
  /// Walk every page; otherwise a list stops at the first page that holds an
  /// item already stored (incremental, the default).
  bool full = false;
  /// Include the defunct groups (SHY48, CKG48), which are skipped by default.
  bool legacy = false;
  /// Fetch at most this many list pages per list; unset = no limit.
  std::optional<std::int64_t> limit_pages;
};

/// Where a source puts what it found.
///
/// Records are buffered and written to the backend in batches; `commit` writes
/// what is buffered together with checkpoint entries in one transaction, so a
/// checkpoint is never stored without the records it vouches for (and a crash
/// loses at most the records added since the last commit). The engine also
/// commits on its own when the buffer is full, and at the end of a successful
/// run; after a failed or cancelled run, what was added since the last commit
/// is still written (it is valid data), but no checkpoint with it.
///
/// Threads: any thread may call it, concurrently.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  /// Buffers one record. invalid_data if the record cannot be stored
  /// (perf_vod_problem), unavailable if a batch write failed.
  [[nodiscard]] virtual Status add(PerfVod vod) noexcept = 0;
  /// As add, for a member VOD (member_vod_problem), a team and a member.
  [[nodiscard]] virtual Status add_member_vod(MemberVod vod) noexcept = 0;
  [[nodiscard]] virtual Status add_team(Team team) noexcept = 0;
  [[nodiscard]] virtual Status add_member(Member member) noexcept = 0;
  /// Writes everything buffered, with these checkpoint entries of this source.
  [[nodiscard]] virtual Status commit(std::vector<Checkpoint> checkpoints = {}) noexcept = 0;

 protected:
  RecordSink() = default;
  RecordSink(const RecordSink&) = default;
  RecordSink& operator=(const RecordSink&) = default;
};

/// What the store already has, for incremental crawls. Reads committed data
/// (including this run's commits). Threads: any.
class KnownItems {
 public:
  virtual ~KnownItems() = default;
  /// known[i]: a perf VOD with canonical id ids[i] is stored.
  [[nodiscard]] virtual Status known_perf_vod_ids(std::span<const std::string> ids,
                                                  std::vector<bool>& known) noexcept = 0;
  /// known[i]: a perf VOD with this live.48.cn (club, id) is stored.
  [[nodiscard]] virtual Status known_l4c_pages(std::span<const L4cPageRef> pages,
                                               std::vector<bool>& known) noexcept = 0;
  /// known[i]: a member VOD with id ids[i] is stored.
  [[nodiscard]] virtual Status known_member_vod_ids(std::span<const std::string> ids,
                                                    std::vector<bool>& known) noexcept = 0;
  /// This source instance's checkpoint entries, by key.
  [[nodiscard]] virtual Status checkpoints(std::vector<Checkpoint>& out) noexcept = 0;

 protected:
  KnownItems() = default;
  KnownItems(const KnownItems&) = default;
  KnownItems& operator=(const KnownItems&) = default;
};

/// Everything one crawl run may use. Owned by the host, valid during crawl().
class CrawlContext {
 public:
  virtual ~CrawlContext() = default;
  [[nodiscard]] virtual const CrawlOptions& options() const noexcept = 0;
  /// Unique id of this run, as stored in the run record and printed in logs.
  [[nodiscard]] virtual std::string_view run_id() const noexcept = 0;
  /// The instance's logger; during a run its lines also carry the run id.
  [[nodiscard]] virtual Logger& logger() noexcept = 0;
  [[nodiscard]] virtual HttpClient& http() noexcept = 0;
  [[nodiscard]] virtual RecordSink& sink() noexcept = 0;
  [[nodiscard]] virtual KnownItems& known() noexcept = 0;
  /// True once the host wants the run to stop (shutdown, run budget spent).
  /// HTTP calls then return `cancelled`; return from crawl() soon.
  [[nodiscard]] virtual bool cancelled() const noexcept = 0;
  /// Calls task(0) ... task(count - 1), at most the configured number at a time
  /// (`item_concurrency`, 2 by default as the original crawler), on the host's
  /// threads, and returns when all have returned. Tasks must not throw.
  virtual void for_each_parallel(std::size_t count,
                                 const std::function<void(std::size_t index)>& task) noexcept = 0;

 protected:
  CrawlContext() = default;
  CrawlContext(const CrawlContext&) = default;
  CrawlContext& operator=(const CrawlContext&) = default;
};

}  // namespace kvm48
