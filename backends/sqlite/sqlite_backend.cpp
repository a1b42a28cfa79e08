#include "sqlite_backend.hpp"

#include <filesystem>
#include <mutex>
#include <utility>

#include <sqlite3.h>

#include "batch_writer.hpp"
#include "member_queries.hpp"
#include "queries.hpp"
#include "schema.hpp"
#include "status_guard.hpp"

namespace kvm48::sqlite {
namespace {

Status not_open() {
  return {StatusCode::unavailable, "the sqlite backend is not open"};
}

// SQLite's memory statistics put one process-wide mutex around every allocation it makes,
// which readers on several threads then queue on; nothing here reads the statistics.
// Only possible before SQLite initialises (SQLITE_MISUSE afterwards, e.g. when another
// component of the process used SQLite first: then the statistics simply stay on).
void turn_off_memory_statistics() {
  static std::once_flag once;
  std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

}  // namespace

SqliteBackend::SqliteBackend(const PluginContext& context)
    : logger_(context.logger),
      options_(parse_options(context.config)),
      crawl_lock_(options_.path + ".crawl-lock") {
  turn_off_memory_statistics();
}

SqliteBackend::~SqliteBackend() {
  release_crawl_lock();
  readers_.reset();
  writer_.reset();
}

std::unique_ptr<Connection> SqliteBackend::connect(bool reader) const {
  auto connection = std::make_unique<Connection>(options_.path, options_.busy_timeout_ms);
  if (reader) {
    connection->exec("PRAGMA query_only = 1");
    // Larger than SQLite's 2 MiB default: an id lookup that misses the cache is a pread
    // of each B-tree page it needs (see read_cache_mb in README.md).
    connection->exec("PRAGMA cache_size = -" + std::to_string(options_.read_cache_kib));
  } else {
    auto mode = connection->cached("PRAGMA journal_mode = WAL");
    if (!mode->step() || mode->text(0) != "wal") {
      throw Rejected(StatusCode::unavailable,
                     "cannot switch " + options_.path + " to WAL mode (a network filesystem?)");
    }
  }
  connection->exec("PRAGMA synchronous = " + options_.synchronous);
  // Reads from the map skip the copy of each page into SQLite's cache (a pread per page
  // miss otherwise); the pages are the kernel's page cache, shared by every connection.
  connection->exec("PRAGMA mmap_size = " + std::to_string(options_.mmap_bytes));
  return connection;
}

Status SqliteBackend::open(const OpenOptions& options, MigrationReport& report) noexcept {
  report = MigrationReport{};
  std::lock_guard lock(writer_mutex_);
  if (writer_) return {StatusCode::internal, "the sqlite backend is already open"};
  return guarded("open", [&] {
    report.database = options_.path;
    const auto parent = std::filesystem::path(options_.path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    auto writer = connect(false);
    migrate(*writer, options.migrate, report);
    readers_.emplace([this] { return connect(true); }, options_.read_connections,
                     options_.read_snapshot_idle, options_.perf_vod_cache);
    writer_ = std::move(writer);
    for (const Migration& step : report.applied) {
      logger_.notice("applied migration " + std::to_string(step.number) + " " + step.name);
    }
  });
}

template <class Read>
Status SqliteBackend::with_lease(const char* what, Read&& read) noexcept {
  if (!readers_) return not_open();
  return guarded(what, [&] {
    auto lease = readers_->borrow();
    read(lease);
  });
}

template <class Read>
Status SqliteBackend::with_reader(const char* what, Read&& read) noexcept {
  return with_lease(what, [&](ReadPool::Lease& lease) { read(*lease); });
}

template <class Out, class Read>
Status SqliteBackend::read_into(const char* what, Out& out, Read&& read) noexcept {
  out.clear();
  auto status = with_reader(what, [&](Connection& db) { out = read(db); });
  if (!status) out.clear();
  return status;
}

Status SqliteBackend::ping() noexcept {
  return with_reader(
      "ping", [](Connection& db) { db.scalar("SELECT count(*) FROM kvm48_schema_migrations"); });
}

Status SqliteBackend::write(const WriteBatch& batch, UpsertCounts& counts) noexcept {
  counts = UpsertCounts{};
  std::lock_guard lock(writer_mutex_);
  if (!writer_) return not_open();
  return guarded("write", [&] { counts = write_batch(*writer_, batch); });
}

Status SqliteBackend::get_perf_vods(std::span<const std::string> ids,
                                    std::vector<std::optional<PerfVod>>& out) noexcept {
  out.clear();
  auto status = with_lease("get_perf_vods", [&](ReadPool::Lease& lease) {
    out = perf_vods_by_id(*lease, ids, perf_vod_rowids_, lease.perf_vod_cache());
  });
  if (!status) out.clear();
  return status;
}

Status SqliteBackend::perf_vods_in_range(const PerfVodRange& range,
                                         std::vector<PerfVod>& out) noexcept {
  out.clear();
  auto status = with_reader("perf_vods_in_range",
                            [&](Connection& db) { out = sqlite::perf_vods_in_range(db, range); });
  if (!status) out.clear();
  return status;
}

Status SqliteBackend::known_perf_vod_ids(std::span<const std::string> ids,
                                         std::vector<bool>& known) noexcept {
  known.clear();
  auto status =
      with_reader("known_perf_vod_ids", [&](Connection& db) { known = known_ids(db, ids); });
  if (!status) known.clear();
  return status;
}

Status SqliteBackend::known_l4c_pages(std::span<const L4cPageRef> pages,
                                      std::vector<bool>& known) noexcept {
  known.clear();
  auto status =
      with_reader("known_l4c_pages", [&](Connection& db) { known = known_pages(db, pages); });
  if (!status) known.clear();
  return status;
}

Status SqliteBackend::get_checkpoints(std::string_view source,
                                      std::vector<Checkpoint>& out) noexcept {
  out.clear();
  auto status =
      with_reader("get_checkpoints", [&](Connection& db) { out = checkpoints_of(db, source); });
  if (!status) out.clear();
  return status;
}

Status SqliteBackend::get_crawl_runs(std::string_view source, std::size_t limit,
                                     std::vector<CrawlRun>& out) noexcept {
  out.clear();
  auto status =
      with_reader("get_crawl_runs", [&](Connection& db) { out = crawl_runs(db, source, limit); });
  if (!status) out.clear();
  return status;
}

Status SqliteBackend::statistics(BackendStatistics& out) noexcept {
  out = BackendStatistics{};
  auto status = with_reader("statistics", [&](Connection& db) { out = statistics_of(db); });
  if (!status) out = BackendStatistics{};
  return status;
}

Status SqliteBackend::get_member_vods(std::span<const std::string> ids,
                                      std::vector<std::optional<MemberVod>>& out) noexcept {
  return read_into("get_member_vods", out,
                   [&](Connection& db) { return member_vods_by_id(db, ids); });
}

Status SqliteBackend::member_vods_in_range(const MemberVodRange& range,
                                           std::vector<MemberVod>& out) noexcept {
  return read_into("member_vods_in_range", out,
                   [&](Connection& db) { return sqlite::member_vods_in_range(db, range); });
}

Status SqliteBackend::known_member_vod_ids(std::span<const std::string> ids,
                                           std::vector<bool>& known) noexcept {
  return read_into("known_member_vod_ids", known,
                   [&](Connection& db) { return known_member_vods(db, ids); });
}

Status SqliteBackend::get_members(const MemberFilter& filter, std::vector<Member>& out) noexcept {
  return read_into("get_members", out,
                   [&](Connection& db) { return members_matching(db, filter); });
}

Status SqliteBackend::get_teams(std::vector<Team>& out) noexcept {
  return read_into("get_teams", out, [](Connection& db) { return all_teams(db); });
}

Status SqliteBackend::try_acquire_crawl_lock(bool& acquired) noexcept {
  acquired = false;
  if (!readers_) return not_open();
  std::lock_guard lock(lock_mutex_);
  return guarded("try_acquire_crawl_lock", [&] { acquired = crawl_lock_.try_acquire(); });
}

bool SqliteBackend::holds_crawl_lock() noexcept {
  std::lock_guard lock(lock_mutex_);
  return crawl_lock_.held();
}

void SqliteBackend::release_crawl_lock() noexcept {
  std::lock_guard lock(lock_mutex_);
  crawl_lock_.release();
}

}  // namespace kvm48::sqlite
