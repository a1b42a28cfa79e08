#pragma once
// The sqlite storage backend: kvm48::Backend over one SQLite file in WAL mode.
//
// One writer connection (guarded by a mutex: writes are serialised) and a pool of
// read connections (one per concurrently reading thread), so readers see WAL
// snapshots and never wait for the writer.

#include <memory>
#include <mutex>
#include <optional>

#include "crawl_lock.hpp"
#include "kvm48/backend.hpp"
#include "options.hpp"
#include "read_pool.hpp"
#include "rowid_hints.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

class SqliteBackend final : public Backend {
 public:
  /// Validates the options (throws OptionError); no I/O.
  explicit SqliteBackend(const PluginContext& context);
  ~SqliteBackend() override;

  Status open(const OpenOptions& options, MigrationReport& report) noexcept override;
  Status ping() noexcept override;
  Status write(const WriteBatch& batch, UpsertCounts& counts) noexcept override;
  Status get_perf_vods(std::span<const std::string> ids,
                       std::vector<std::optional<PerfVod>>& out) noexcept override;
  Status perf_vods_in_range(const PerfVodRange& range, std::vector<PerfVod>& out) noexcept override;
  Status known_perf_vod_ids(std::span<const std::string> ids,
                            std::vector<bool>& known) noexcept override;
  Status known_l4c_pages(std::span<const L4cPageRef> pages,
                         std::vector<bool>& known) noexcept override;
  Status get_checkpoints(std::string_view source, std::vector<Checkpoint>& out) noexcept override;
  Status get_crawl_runs(std::string_view source, std::size_t limit,
                        std::vector<CrawlRun>& out) noexcept override;
  Status statistics(BackendStatistics& out) noexcept override;
  Status get_member_vods(std::span<const std::string> ids,
                         std::vector<std::optional<MemberVod>>& out) noexcept override;
  Status member_vods_in_range(const MemberVodRange& range,
                              std::vector<MemberVod>& out) noexcept override;
  Status known_member_vod_ids(std::span<const std::string> ids,
                              std::vector<bool>& known) noexcept override;
  Status get_members(const MemberFilter& filter, std::vector<Member>& out) noexcept override;
  Status get_teams(std::vector<Team>& out) noexcept override;
  Status try_acquire_crawl_lock(bool& acquired) noexcept override;
  bool holds_crawl_lock() noexcept override;
  void release_crawl_lock() noexcept override;

 private:
  std::unique_ptr<Connection> connect(bool reader) const;
  /// Runs `read` on a borrowed read connection; fills nothing on failure.
  template <class Read>
  Status with_reader(const char* what, Read&& read) noexcept;
  /// with_reader for a read that wants the lease itself (its PerfVodCache).
  template <class Read>
  Status with_lease(const char* what, Read&& read) noexcept;
  /// with_reader for a read that fills `out`; `out` is cleared on failure.
  template <class Out, class Read>
  Status read_into(const char* what, Out& out, Read&& read) noexcept;

  Logger& logger_;
  Options options_;
  std::optional<ReadPool> readers_;  // set by a successful open()
  RowidHints perf_vod_rowids_;       // where each perf VOD's row is (rowid_hints.hpp)
  std::mutex writer_mutex_;
  std::unique_ptr<Connection> writer_;
  std::mutex lock_mutex_;
  CrawlLock crawl_lock_;
};

}  // namespace kvm48::sqlite
