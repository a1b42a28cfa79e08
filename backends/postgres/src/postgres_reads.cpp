// The read side of PostgresBackend: each method is one statement on a pooled
// connection (a consistent snapshot), retried once if the connection broke.

#include <unordered_map>

#include "known_keys.hpp"
#include "perf_vod_rows.hpp"
#include "postgres_backend.hpp"
#include "status_guard.hpp"

namespace kvm48::postgres {

Status PostgresBackend::get_perf_vods(std::span<const std::string> ids,
                                      std::vector<std::optional<PerfVod>>& out) noexcept {
  out.clear();
  const Status status = guarded("get_perf_vods", [&] {
    std::vector<PerfVod> found =
        pool().with_retry([&](pg::Connection& c) { return select_perf_vods(c, ids); });
    std::unordered_map<std::string, PerfVod> by_id;
    for (PerfVod& v : found) {
      std::string id = v.id;
      by_id.emplace(std::move(id), std::move(v));
    }
    out.reserve(ids.size());
    for (const std::string& id : ids) {
      const auto it = by_id.find(id);
      out.push_back(it == by_id.end() ? std::nullopt : std::optional<PerfVod>(it->second));
    }
  });
  if (!status) out.clear();
  return status;
}

Status PostgresBackend::perf_vods_in_range(const PerfVodRange& range,
                                           std::vector<PerfVod>& out) noexcept {
  out.clear();
  const Status status = guarded("perf_vods_in_range", [&] {
    pg::Params params;
    params.add(range.from).add(range.to);
    if (range.group) {
      params.add(club_id(*range.group));
    } else {
      params.add_null();
    }
    if (range.limit > 0) {
      params.add(static_cast<std::int64_t>(range.limit));
    } else {
      params.add_null();
    }
    // ASC puts NULLs last, as the contract orders VODs without l4c ids.
    const std::string sql = std::string("SELECT ") + kPerfVodColumns +
                            " FROM perfvod WHERE start_time >= $1::bigint AND start_time < "
                            "$2::bigint AND ($3::integer IS NULL OR group_id = $3::integer) "
                            "ORDER BY start_time, l4c_club_id, l4c_id, canon_id LIMIT $4::bigint";
    pool().with_retry([&](pg::Connection& c) {
      out.clear();
      const pg::Result r = c.exec_prepared(sql, params);
      out.reserve(static_cast<std::size_t>(r.rows()));
      for (int row = 0; row < r.rows(); ++row) out.push_back(read_perf_vod(r, row));
    });
  });
  if (!status) out.clear();
  return status;
}

Status PostgresBackend::known_perf_vod_ids(std::span<const std::string> ids,
                                           std::vector<bool>& known) noexcept {
  known.clear();
  const Status status = guarded("known_perf_vod_ids", [&] {
    known =
        known_keys(pool(), "SELECT canon_id FROM perfvod WHERE canon_id = ANY($1::text[])", ids);
  });
  if (!status) known.clear();
  return status;
}

Status PostgresBackend::known_l4c_pages(std::span<const L4cPageRef> pages,
                                        std::vector<bool>& known) noexcept {
  known.clear();
  const Status status = guarded("known_l4c_pages", [&] {
    pg::ArrayLiteral array;
    for (const L4cPageRef& p : pages) array.add(p.l4c_id);
    const pg::Params params = pg::Params().add(array.str());
    std::unordered_map<std::int64_t, std::int64_t> club_of;  // l4c_id is unique
    pool().with_retry([&](pg::Connection& c) {
      const pg::Result r = c.exec_prepared(
          "SELECT l4c_id, l4c_club_id FROM perfvod WHERE l4c_id = ANY($1::bigint[])", params);
      for (int row = 0; row < r.rows(); ++row) club_of[r.int64(row, 0)] = r.int64(row, 1);
    });
    known.reserve(pages.size());
    for (const L4cPageRef& p : pages) {
      const auto it = club_of.find(p.l4c_id);
      known.push_back(it != club_of.end() && it->second == p.club_id);
    }
  });
  if (!status) known.clear();
  return status;
}

Status PostgresBackend::get_checkpoints(std::string_view source,
                                        std::vector<Checkpoint>& out) noexcept {
  out.clear();
  const Status status = guarded("get_checkpoints", [&] {
    const pg::Params params = pg::Params().add(source);
    pool().with_retry([&](pg::Connection& c) {
      out.clear();
      const pg::Result r = c.exec_prepared(
          "SELECT key, value FROM checkpoint WHERE source = $1 ORDER BY key", params);
      for (int row = 0; row < r.rows(); ++row) out.push_back({r.string(row, 0), r.string(row, 1)});
    });
  });
  if (!status) out.clear();
  return status;
}

namespace {

CrawlRun read_crawl_run(const pg::Result& r, int row) {
  CrawlRun run;
  run.run_id = r.string(row, 0);
  run.source = r.string(row, 1);
  run.plugin = r.string(row, 2);
  run.plugin_version = r.string(row, 3);
  run.mode = r.string(row, 4);
  run.started_at_ms = r.int64(row, 5);
  run.finished_at_ms = r.opt_int64(row, 6);
  run.outcome = static_cast<RunOutcome>(r.int64(row, 7));
  run.error = r.string(row, 8);
  run.requests = static_cast<std::uint64_t>(r.int64(row, 9));
  run.retries = static_cast<std::uint64_t>(r.int64(row, 10));
  run.items_new = static_cast<std::uint64_t>(r.int64(row, 11));
  run.items_updated = static_cast<std::uint64_t>(r.int64(row, 12));
  run.items_unchanged = static_cast<std::uint64_t>(r.int64(row, 13));
  return run;
}

}  // namespace

Status PostgresBackend::get_crawl_runs(std::string_view source, std::size_t limit,
                                       std::vector<CrawlRun>& out) noexcept {
  out.clear();
  const Status status = guarded("get_crawl_runs", [&] {
    pg::Params params;
    params.add(source);
    if (limit > 0) {
      params.add(static_cast<std::int64_t>(limit));
    } else {
      params.add_null();
    }
    pool().with_retry([&](pg::Connection& c) {
      out.clear();
      const pg::Result r = c.exec_prepared(
          "SELECT run_id, source, plugin, plugin_version, mode, started_at_ms, finished_at_ms, "
          " outcome, error, requests, retries, items_new, items_updated, items_unchanged "
          "FROM crawl_run WHERE $1 = '' OR source = $1 "
          "ORDER BY started_at_ms DESC, run_id LIMIT $2::bigint",
          params);
      for (int row = 0; row < r.rows(); ++row) out.push_back(read_crawl_run(r, row));
    });
  });
  if (!status) out.clear();
  return status;
}

Status PostgresBackend::statistics(BackendStatistics& out) noexcept {
  out = {};
  const Status status = guarded("statistics", [&] {
    pg::ArrayLiteral groups;
    for (const Group g : kAllGroups) groups.add(club_id(g));
    const pg::Params params = pg::Params().add(groups.str());
    pool().with_retry([&](pg::Connection& c) {
      out = {};
      // One statement, so every count comes from the same snapshot.
      const pg::Result r = c.exec_prepared(
          "SELECT g.id, (SELECT count(*) FROM perfvod p WHERE p.group_id = g.id), "
          " (SELECT count(*) FROM perfvod WHERE l4c_id IS NULL), "
          " (SELECT max(start_time) FROM perfvod), "
          " (SELECT count(*) FROM crawl_run), (SELECT count(*) FROM checkpoint), "
          " (SELECT count(*) FROM member_vod), (SELECT count(*) FROM team), "
          " (SELECT count(*) FROM member) "
          "FROM unnest($1::integer[]) WITH ORDINALITY AS g(id, n) ORDER BY g.n",
          params);
      for (int row = 0; row < r.rows(); ++row) {
        const auto count = static_cast<std::uint64_t>(r.int64(row, 1));
        out.perf_vods_by_group.emplace_back(kAllGroups[static_cast<std::size_t>(row)], count);
        out.perf_vods += count;
      }
      out.perf_vods_without_l4c = static_cast<std::uint64_t>(r.int64(0, 2));
      out.newest_start_time = r.opt_int64(0, 3);
      out.crawl_runs = static_cast<std::uint64_t>(r.int64(0, 4));
      out.checkpoints = static_cast<std::uint64_t>(r.int64(0, 5));
      out.member_vods = static_cast<std::uint64_t>(r.int64(0, 6));
      out.teams = static_cast<std::uint64_t>(r.int64(0, 7));
      out.members = static_cast<std::uint64_t>(r.int64(0, 8));
    });
  });
  if (!status) out = {};
  return status;
}

}  // namespace kvm48::postgres
