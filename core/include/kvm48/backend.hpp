#pragma once
// The interface of a storage backend plugin (kind = backend): the storage
// contract every backend implements and the conformance suite
// (tests/backends) checks.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kvm48/plugin.hpp"
#include "kvm48/records.hpp"
#include "kvm48/status.hpp"

namespace kvm48 {

/// One schema migration, as `open` applied it or found it applied.
struct Migration {
  std::uint32_t number = 0;  ///< 1, 2, ... in order of application
  std::string name;          ///< e.g. "perfvod_nullable_l4c"
  std::string description;   ///< one line for `kvm48-server migrate`
};

/// What `open` found and did, for `kvm48-server migrate` to print.
struct MigrationReport {
  std::string database;              ///< where, without secrets (file path, or host/port/dbname)
  std::uint32_t version_before = 0;  ///< 0: empty database
  std::uint32_t version_after = 0;
  std::vector<Migration> applied;  ///< by this call, in order; empty if up to date
  /// Non-fatal remarks, e.g. "adopted a database of the original Python server
  /// (5 perfvod rows)".
  std::vector<std::string> notes;
};

struct OpenOptions {
  /// Apply pending migrations. When false and migrations are pending, `open`
  /// fails with StatusCode::unavailable and a message saying to run
  /// `kvm48-server migrate` (for instances that must not change a shared schema).
  bool migrate = true;
};

/// A time-range query: start_time in [from, to).
struct PerfVodRange {
  std::int64_t from = 0;  ///< epoch seconds, inclusive
  std::int64_t to = 0;    ///< epoch seconds, exclusive; to <= from gives no rows
  std::optional<Group> group;
  /// At most this many rows (the first ones in order); 0 means no limit. To tell
  /// "exactly limit rows" from "more", ask for limit + 1.
  std::size_t limit = 0;
};

/// A time-range query over member VODs: start time in [from, to) epoch seconds
/// (compared with start_time_ms as [from * 1000, to * 1000)), with optional filters.
struct MemberVodRange {
  std::int64_t from = 0;  ///< epoch seconds, inclusive
  std::int64_t to = 0;    ///< epoch seconds, exclusive; to <= from gives no rows
  std::optional<Group> group;
  std::optional<std::int64_t> member_id;
  std::optional<MemberVodType> type;
  std::size_t limit = 0;  ///< as PerfVodRange::limit
};

/// Which members `get_members` returns: all, or those of a group and/or a team.
struct MemberFilter {
  std::optional<Group> group;
  std::optional<std::int64_t> team_id;
};

/// Counts for statistics and metrics.
struct BackendStatistics {
  std::uint64_t perf_vods = 0;
  std::vector<std::pair<Group, std::uint64_t>>
      perf_vods_by_group;                   ///< every group in kAllGroups order
  std::uint64_t perf_vods_without_l4c = 0;  ///< known only to the app API
  std::optional<std::int64_t> newest_start_time;
  std::uint64_t crawl_runs = 0;
  std::uint64_t checkpoints = 0;
  std::uint64_t member_vods = 0;
  std::uint64_t teams = 0;
  std::uint64_t members = 0;
  friend bool operator==(const BackendStatistics&, const BackendStatistics&) = default;
};

/// The configured storage backend (exactly one per process).
///
/// Lifetime and ownership: created by the plugin's BackendFactory, which validates
/// the options and does no I/O; `open` does the I/O. Owned by the host, destroyed
/// by the host (the destructor closes connections and releases the crawl lock)
/// before the plugin library is unloaded. The backend keeps no reference to
/// arguments after a call returns; out-parameters are the caller's.
///
/// Threads:
/// - `open` is called once, first, from one thread, before any other method.
///   The destructor runs after every other call has returned.
/// - Every other method may be called from any thread, concurrently. Reads
///   (get/known/range/checkpoints/runs/statistics/ping) run in parallel with each
///   other and with one write: a reader sees each batch entirely or not at all
///   (snapshot), and does not wait for a write in progress to commit. Concurrent
///   `write` calls are serialised by the backend (one writer at a time).
///
/// Failure: each method returns a Status and never throws. On failure the
/// out-parameters are cleared (or left as documented) and nothing was changed:
///   - unavailable: the database cannot be reached or did an I/O error, or the
///     backend is not open (the message says which);
///   - invalid_data: a record breaks perf_vod_problem() (member_vod_problem(),
///     team_problem(), member_problem() for the other kinds), or a checkpoint is
///     given without a source;
///   - conflict: a record would take an l4c_id another VOD already has (the
///     message names both canonical ids and the l4c id);
///   - internal: a bug (an exception inside the backend is caught and reported so).
///
/// Ordering of range results: start_time, then l4c_club_id, then l4c_id (as the
/// original), VODs without l4c ids after those with them at the same start time
/// (NULLS LAST), then canonical id in byte order, so the order is total and the
/// same in every backend. Member VOD ranges are ordered by start_time_ms, then id
/// in byte order; members by id.
class Backend {
 public:
  virtual ~Backend() = default;

  /// Connects, creates or migrates the schema (numbered migrations recorded in the
  /// database), and makes the backend ready. Opens a database of the original
  /// Python server in place, keeping every row. Fails (unavailable) on a database
  /// whose schema is newer than this backend knows, or that is not ours.
  /// `report` is filled in either case as far as the backend got.
  [[nodiscard]] virtual Status open(const OpenOptions& options,
                                    MigrationReport& report) noexcept = 0;

  /// Checks the database still answers (for `/ready`). Cheap.
  [[nodiscard]] virtual Status ping() noexcept = 0;

  // --- writing -------------------------------------------------------------

  /// Commits `batch` in one transaction: every perf VOD is upserted by canonical
  /// id (a new id inserted; a known one merged with merge_perf_vod(stored, vod,
  /// batch.source), in batch order), every member VOD by id (merge_member_vod),
  /// every team and member by id (replaced), then the checkpoints of `batch.source` are
  /// set or deleted in order, then `batch.run` (if any) replaces the stored run
  /// with its run_id. Idempotent: writing the same batch again changes nothing
  /// and counts every record unchanged.
  ///
  /// All or nothing: if any part fails (a bad record, an l4c_id conflict, an I/O
  /// error, a crash or kill of the process) nothing of the batch is visible, its
  /// checkpoints included, and `counts` is zero.
  [[nodiscard]] virtual Status write(const WriteBatch& batch, UpsertCounts& counts) noexcept = 0;

  // --- reading -------------------------------------------------------------

  /// One answer per requested id, in the order given: the record, or nullopt for an
  /// unknown id. A repeated id is answered each time. Any number of ids.
  [[nodiscard]] virtual Status get_perf_vods(std::span<const std::string> ids,
                                             std::vector<std::optional<PerfVod>>& out) noexcept = 0;

  /// Records with start_time in [range.from, range.to), of range.group if set, in
  /// the order documented on the class, at most range.limit of them.
  [[nodiscard]] virtual Status perf_vods_in_range(const PerfVodRange& range,
                                                  std::vector<PerfVod>& out) noexcept = 0;

  /// For incremental crawls: known[i] says whether a perf VOD with canonical id
  /// ids[i] is stored.
  [[nodiscard]] virtual Status known_perf_vod_ids(std::span<const std::string> ids,
                                                  std::vector<bool>& known) noexcept = 0;

  /// For incremental crawls of live.48.cn: known[i] says whether a perf VOD with
  /// exactly this (l4c_club_id, l4c_id) is stored, the pair the URL
  /// /Index/invedio/club/{club}/id/{id} names.
  [[nodiscard]] virtual Status known_l4c_pages(std::span<const L4cPageRef> pages,
                                               std::vector<bool>& known) noexcept = 0;

  /// Every checkpoint entry of a source instance, ordered by key (byte order);
  /// empty when it has none. Entries have a value.
  [[nodiscard]] virtual Status get_checkpoints(std::string_view source,
                                               std::vector<Checkpoint>& out) noexcept = 0;

  /// The latest `limit` crawl runs of a source instance (all sources if `source`
  /// is empty), newest started first (ties by run_id); limit 0 means all.
  [[nodiscard]] virtual Status get_crawl_runs(std::string_view source, std::size_t limit,
                                              std::vector<CrawlRun>& out) noexcept = 0;

  [[nodiscard]] virtual Status statistics(BackendStatistics& out) noexcept = 0;

  // --- member VODs and the roster (plugin ABI 2) ---------------------------

  /// As get_perf_vods, for member VODs.
  [[nodiscard]] virtual Status get_member_vods(
      std::span<const std::string> ids, std::vector<std::optional<MemberVod>>& out) noexcept = 0;

  /// Member VODs with start time in the range, matching its filters, ordered by
  /// start_time_ms then id, at most range.limit of them.
  [[nodiscard]] virtual Status member_vods_in_range(const MemberVodRange& range,
                                                    std::vector<MemberVod>& out) noexcept = 0;

  /// For incremental crawls: known[i] says whether a member VOD with id ids[i] is stored.
  [[nodiscard]] virtual Status known_member_vod_ids(std::span<const std::string> ids,
                                                    std::vector<bool>& known) noexcept = 0;

  /// Members matching `filter`, ordered by id.
  [[nodiscard]] virtual Status get_members(const MemberFilter& filter,
                                           std::vector<Member>& out) noexcept = 0;

  /// Every stored team, ordered by id.
  [[nodiscard]] virtual Status get_teams(std::vector<Team>& out) noexcept = 0;

  // --- the crawl lock -------------------------------------------------------

  /// Tries, without waiting, to become the one crawler among every process (and
  /// every Backend object) using this database. `acquired` says whether this
  /// object holds the lock now (true again if it already held it). The lock is
  /// held until release_crawl_lock, the destructor, or the end of the process
  /// (a killed holder frees it: SQLite uses a lock on a file beside the
  /// database, PostgreSQL a session advisory lock). A non-ok Status means the
  /// backend could not tell (acquired is false).
  [[nodiscard]] virtual Status try_acquire_crawl_lock(bool& acquired) noexcept = 0;

  /// Whether this object still holds the crawl lock (false if it never did, or
  /// lost it, e.g. with its PostgreSQL session).
  [[nodiscard]] virtual bool holds_crawl_lock() noexcept = 0;

  /// Releases the lock if held; no-op otherwise.
  virtual void release_crawl_lock() noexcept = 0;

 protected:
  Backend() = default;
  Backend(const Backend&) = default;
  Backend& operator=(const Backend&) = default;
};

}  // namespace kvm48
