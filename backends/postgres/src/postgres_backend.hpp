#pragma once
// kvm48::Backend on PostgreSQL: a connection pool for queries and writes, a
// dedicated connection for the crawl lock.

#include <atomic>
#include <memory>
#include <mutex>

#include "crawl_lock.hpp"
#include "kvm48/backend.hpp"
#include "options.hpp"
#include "pg/pool.hpp"

namespace kvm48::postgres {

/// Threads, failure and ordering as kvm48::Backend documents them. Here:
/// - reads run on any free pool connection, each as one statement (a snapshot
///   of committed batches), concurrently with the writer on another connection;
/// - writes are serialised in-process by a mutex and across processes by a
///   transaction-scoped advisory lock, so merges never interleave;
/// - a read or write whose connection broke before it committed is retried once
///   on a fresh connection (the pool reconnects).
class PostgresBackend final : public Backend {
 public:
  /// Reads and checks the options; no I/O. Throws OptionError.
  explicit PostgresBackend(const PluginContext& context);
  ~PostgresBackend() override;

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
  /// The pool once open() succeeded; throws pg::Error otherwise.
  pg::Pool& pool();
  UpsertCounts write_once(const WriteBatch& batch, bool& commit_sent);

  Logger& logger_;
  const Options options_;
  std::unique_ptr<pg::Pool> pool_;  // set by open(), before any other call
  std::atomic<bool> open_{false};
  std::mutex writer_;
  CrawlLock crawl_lock_;
  std::atomic<bool> lock_announced_{false};  // "acquired" logged, "released"/"lost" not yet
};

}  // namespace kvm48::postgres
