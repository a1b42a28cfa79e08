#include "queries.hpp"

#include <limits>

#include "perf_vod_rows.hpp"

namespace kvm48::sqlite {
namespace {

using Kind = Transaction::Kind;

std::int64_t sql_limit(std::size_t limit) {
  if (limit == 0 || limit > static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())) {
    return -1;  // SQLite: a negative LIMIT means none
  }
  return static_cast<std::int64_t>(limit);
}

CrawlRun read_run(const Statement& row) {
  CrawlRun run;
  run.run_id = row.text(0);
  run.source = row.text(1);
  run.plugin = row.text(2);
  run.plugin_version = row.text(3);
  run.mode = row.text(4);
  run.started_at_ms = row.int64(5);
  run.finished_at_ms = row.optional_int64(6);
  run.outcome = static_cast<RunOutcome>(row.int64(7));
  run.error = row.text(8);
  run.requests = static_cast<std::uint64_t>(row.int64(9));
  run.retries = static_cast<std::uint64_t>(row.int64(10));
  run.items_new = static_cast<std::uint64_t>(row.int64(11));
  run.items_updated = static_cast<std::uint64_t>(row.int64(12));
  run.items_unchanged = static_cast<std::uint64_t>(row.int64(13));
  return run;
}

}  // namespace

namespace {

// Each id from the cache when this transaction has read it already; else by its hinted
// rowid when the row there is still that id's, else by the id index (and the hint
// corrected). One statement per id: the caller decides whether they share a snapshot.
std::vector<std::optional<PerfVod>> lookup_by_id(Connection& db, std::span<const std::string> ids,
                                                 RowidHints& hints, PerfVodCache* cache) {
  std::vector<std::optional<PerfVod>> out(ids.size());
  std::vector<bool> kept(ids.size(), false);
  std::size_t to_read = ids.size();
  for (std::size_t i = 0; cache != nullptr && i < ids.size(); ++i) {
    if (const PerfVod* vod = cache->find(ids[i])) {
      out[i].emplace(*vod);
      kept[i] = true;
      --to_read;
    }
  }
  if (to_read == 0) return out;

  hints.load_once(db);
  const auto hinted = hints.find(ids);
  std::vector<RowidHints::Correction> corrections;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (kept[i]) continue;
    if (hinted[i]) {
      auto vod = perf_vod_at(db, *hinted[i]);
      if (vod && vod->id == ids[i]) {
        if (cache) cache->put(*vod);
        out[i] = std::move(vod);
        continue;
      }
    }
    auto located = locate_perf_vod(db, ids[i]);
    if (located) {
      corrections.push_back({ids[i], located->rowid});
      if (cache) cache->put(located->vod);
      out[i] = std::move(located->vod);
    } else if (hinted[i]) {
      corrections.push_back({ids[i], std::nullopt});
    }
  }
  hints.correct(corrections);
  return out;
}

}  // namespace

std::vector<std::optional<PerfVod>> perf_vods_by_id(Connection& db,
                                                    std::span<const std::string> ids,
                                                    RowidHints& hints, PerfVodCache* cache) {
  // One read: one snapshot anyway.
  if (ids.size() == 1) return lookup_by_id(db, ids, hints, cache);
  Transaction snapshot(db, Kind::deferred);
  auto out = lookup_by_id(db, ids, hints, cache);
  snapshot.commit();
  return out;
}

std::vector<PerfVod> perf_vods_in_range(Connection& db, const PerfVodRange& range) {
  // Nulls last and the canonical id make the order total and the same as in every other
  // backend (see Backend); `x IS NULL, x` is NULLS LAST spelled as the range indexes are
  // (migration 5), so rows come in order from the index, unsorted.
  static const std::string order =
      " ORDER BY start_time, l4c_club_id IS NULL, l4c_club_id, l4c_id IS NULL, l4c_id, canon_id "
      "LIMIT ?3";
  static const std::string all = "SELECT " + kPerfVodColumns +
                                 " FROM perfvod WHERE start_time >= ?1 AND start_time < ?2" + order;
  static const std::string of_group =
      "SELECT " + kPerfVodColumns +
      " FROM perfvod WHERE start_time >= ?1 AND start_time < ?2 AND group_id = ?4" + order;
  std::vector<PerfVod> out;
  Transaction snapshot(db, Kind::deferred);
  {
    auto select = db.cached(range.group ? of_group : all);
    select->bind(1, range.from);
    select->bind(2, range.to);
    select->bind(3, sql_limit(range.limit));
    if (range.group) select->bind(4, club_id(*range.group));
    while (select->step()) out.push_back(read_perf_vod(*select));
  }
  snapshot.commit();
  return out;
}

std::vector<bool> known_ids(Connection& db, std::span<const std::string> ids) {
  static const std::string probe = "SELECT 1 FROM perfvod WHERE canon_id = ?";
  return rows_exist(db, probe, ids);
}

std::vector<bool> known_pages(Connection& db, std::span<const L4cPageRef> pages) {
  std::vector<bool> known;
  known.reserve(pages.size());
  Transaction snapshot(db, Kind::deferred);
  for (const L4cPageRef& page : pages) {
    auto probe = db.cached("SELECT 1 FROM perfvod WHERE l4c_id = ? AND l4c_club_id = ?");
    probe->bind(1, page.l4c_id);
    probe->bind(2, page.club_id);
    known.push_back(probe->step());
  }
  snapshot.commit();
  return known;
}

std::vector<Checkpoint> checkpoints_of(Connection& db, std::string_view source) {
  std::vector<Checkpoint> out;
  auto select = db.cached("SELECT key, value FROM checkpoint WHERE source = ? ORDER BY key");
  select->bind(1, source);
  while (select->step()) out.push_back({select->text(0), select->text(1)});
  return out;
}

std::vector<CrawlRun> crawl_runs(Connection& db, std::string_view source, std::size_t limit) {
  static const std::string columns =
      "SELECT run_id, source, plugin, plugin_version, mode, started_at_ms, finished_at_ms, "
      "outcome, error, requests, retries, items_new, items_updated, items_unchanged "
      "FROM crawl_run ";
  static const std::string order = " ORDER BY started_at_ms DESC, run_id DESC LIMIT ?1";
  static const std::string all = columns + order;
  static const std::string of_source = columns + "WHERE source = ?2" + order;
  std::vector<CrawlRun> out;
  auto select = db.cached(source.empty() ? all : of_source);
  select->bind(1, sql_limit(limit));
  if (!source.empty()) select->bind(2, source);
  while (select->step()) out.push_back(read_run(*select));
  return out;
}

BackendStatistics statistics_of(Connection& db) {
  BackendStatistics stats;
  Transaction snapshot(db, Kind::deferred);
  for (Group group : kAllGroups) stats.perf_vods_by_group.emplace_back(group, 0);
  {
    auto by_group = db.cached("SELECT group_id, count(*) FROM perfvod GROUP BY group_id");
    while (by_group->step()) {
      const auto index = static_cast<std::size_t>(by_group->int64(0) - 1);
      const auto count = static_cast<std::uint64_t>(by_group->int64(1));
      if (index < stats.perf_vods_by_group.size()) stats.perf_vods_by_group[index].second = count;
      stats.perf_vods += count;
    }
    auto summary = db.cached(
        "SELECT (SELECT count(*) FROM perfvod WHERE l4c_id IS NULL), "
        "(SELECT max(start_time) FROM perfvod), (SELECT count(*) FROM crawl_run), "
        "(SELECT count(*) FROM checkpoint), (SELECT count(*) FROM member_vod), "
        "(SELECT count(*) FROM team), (SELECT count(*) FROM member)");
    summary->step();
    stats.perf_vods_without_l4c = static_cast<std::uint64_t>(summary->int64(0));
    stats.newest_start_time = summary->optional_int64(1);
    stats.crawl_runs = static_cast<std::uint64_t>(summary->int64(2));
    stats.checkpoints = static_cast<std::uint64_t>(summary->int64(3));
    stats.member_vods = static_cast<std::uint64_t>(summary->int64(4));
    stats.teams = static_cast<std::uint64_t>(summary->int64(5));
    stats.members = static_cast<std::uint64_t>(summary->int64(6));
  }
  snapshot.commit();
  return stats;
}

}  // namespace kvm48::sqlite
