// Conformance: checkpoints and crawl-run records travel with their batch, and
// the statistics count what is stored.

#include <catch2/catch.hpp>

#include "target.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

std::vector<Checkpoint> checkpoints(Backend& backend, std::string_view source) {
  std::vector<Checkpoint> out;
  const Status status = backend.get_checkpoints(source, out);
  INFO(status.message());
  REQUIRE(status.ok());
  return out;
}

std::vector<CrawlRun> runs(Backend& backend, std::string_view source, std::size_t limit = 0) {
  std::vector<CrawlRun> out;
  const Status status = backend.get_crawl_runs(source, limit, out);
  INFO(status.message());
  REQUIRE(status.ok());
  return out;
}

CrawlRun run(std::string id, std::string source, std::int64_t started) {
  CrawlRun r;
  r.run_id = std::move(id);
  r.source = std::move(source);
  r.plugin = "live48_web";
  r.plugin_version = "1.0.0";
  r.mode = "incremental";
  r.started_at_ms = started;
  return r;
}

}  // namespace

TEST_CASE("checkpoints are set, replaced and deleted per source, listed by key", "[checkpoint]") {
  auto s = open_fresh_store();
  WriteBatch first;
  first.source = "live48";
  first.checkpoints = {{"club/2", "p3"}, {"club/1", "p1"}, {"club/1", "p2"}};
  write_ok(*s.backend, first);
  WriteBatch other;
  other.source = "koudai48";
  other.checkpoints = {{"club/1", "cursor"}};
  write_ok(*s.backend, other);

  CHECK(checkpoints(*s.backend, "live48") ==
        std::vector<Checkpoint>{{"club/1", "p2"}, {"club/2", "p3"}});
  CHECK(checkpoints(*s.backend, "koudai48") == std::vector<Checkpoint>{{"club/1", "cursor"}});

  WriteBatch erase;
  erase.source = "live48";
  erase.checkpoints = {{"club/2", std::nullopt}, {"never-set", std::nullopt}};
  write_ok(*s.backend, erase);
  CHECK(checkpoints(*s.backend, "live48") == std::vector<Checkpoint>{{"club/1", "p2"}});
  CHECK(checkpoints(*s.backend, "unknown").empty());
}

TEST_CASE("a batch that fails mid-way leaves nothing: records, checkpoints and run record",
          "[checkpoint][failure]") {
  auto s = open_fresh_store();
  WriteBatch good = batch_of({vod("keep", Group::snh48, 1, 100)}, "live48");
  good.checkpoints = {{"cursor", "page-1"}};
  CrawlRun r = run("run-1", "live48", 1000);
  r.items_new = 1;
  good.run = r;
  write_ok(*s.backend, good);

  std::vector<PerfVod> many;
  for (int i = 0; i < 200; ++i)
    many.push_back(vod("n" + std::to_string(i), Group::snh48, 2, 200 + i));
  many.push_back(vod("clash", Group::snh48, 3, 100));  // l4c 100 is "keep"'s: fails at the end
  WriteBatch bad = batch_of(many, "live48");
  bad.checkpoints = {{"cursor", "page-2"}, {"new-key", "x"}};
  CrawlRun r2 = r;
  r2.items_new = 201;
  bad.run = r2;
  UpsertCounts counts;
  CHECK(s.backend->write(bad, counts).code() == StatusCode::conflict);

  CHECK(checkpoints(*s.backend, "live48") == std::vector<Checkpoint>{{"cursor", "page-1"}});
  CHECK(runs(*s.backend, "live48") == std::vector<CrawlRun>{r});
  std::vector<bool> known;
  REQUIRE(s.backend->known_perf_vod_ids(ids_of(many), known).ok());
  CHECK(std::count(known.begin(), known.end(), true) == 0);
  BackendStatistics stats;
  REQUIRE(s.backend->statistics(stats).ok());
  CHECK(stats.perf_vods == 1);
}

TEST_CASE("a crawl run is stored with its batch and replaced by later versions of it", "[runs]") {
  auto s = open_fresh_store();
  CrawlRun a = run("run-a", "live48", 1000);
  WriteBatch start;
  start.source = "live48";
  start.run = a;
  write_ok(*s.backend, start);
  CHECK(runs(*s.backend, "live48") == std::vector<CrawlRun>{a});

  a.outcome = RunOutcome::failed;
  a.error = "HTTP 503 from live.48.cn after 3 tries";
  a.finished_at_ms = 5000;
  a.requests = 12;
  a.retries = 2;
  a.items_new = 3;
  a.items_updated = 1;
  a.items_unchanged = 4;
  WriteBatch finish = batch_of({vod("x", Group::snh48, 1)}, "live48");
  finish.run = a;
  write_ok(*s.backend, finish);
  CHECK(runs(*s.backend, "live48") == std::vector<CrawlRun>{a});
}

TEST_CASE("crawl runs are listed newest first, per source or all, up to a limit", "[runs]") {
  auto s = open_fresh_store();
  const CrawlRun r1 = run("r1", "live48", 1000);
  const CrawlRun r2 = run("r2", "koudai48", 2000);
  const CrawlRun r3 = run("r3", "live48", 3000);
  for (const CrawlRun& r : {r1, r2, r3}) {
    WriteBatch b;
    b.source = r.source;
    b.run = r;
    write_ok(*s.backend, b);
  }
  CHECK(runs(*s.backend, "live48") == std::vector<CrawlRun>{r3, r1});
  CHECK(runs(*s.backend, "live48", 1) == std::vector<CrawlRun>{r3});
  CHECK(runs(*s.backend, "") == std::vector<CrawlRun>{r3, r2, r1});
  CHECK(runs(*s.backend, "nobody").empty());
}

TEST_CASE("statistics count VODs per group, app-only VODs, runs and checkpoints", "[stats]") {
  auto s = open_fresh_store();
  BackendStatistics empty;
  REQUIRE(s.backend->statistics(empty).ok());
  CHECK(empty.perf_vods == 0);
  CHECK(empty.perf_vods_by_group.size() == kAllGroups.size());
  CHECK_FALSE(empty.newest_start_time);

  WriteBatch b = batch_of(original_fixture(), "live48");
  b.perf_vods.push_back(vod("app-only", Group::cgt48, 1700000000));
  b.checkpoints = {{"a", "1"}, {"b", "2"}};
  b.run = run("r", "live48", 1);
  write_ok(*s.backend, b);

  BackendStatistics stats;
  REQUIRE(s.backend->statistics(stats).ok());
  CHECK(stats.perf_vods == 6);
  CHECK(stats.perf_vods_by_group ==
        std::vector<std::pair<Group, std::uint64_t>>{{Group::snh48, 3},
                                                     {Group::bej48, 1},
                                                     {Group::gnz48, 1},
                                                     {Group::shy48, 0},
                                                     {Group::ckg48, 0},
                                                     {Group::cgt48, 1}});
  CHECK(stats.perf_vods_without_l4c == 1);
  CHECK(stats.newest_start_time == 1700000000);
  CHECK(stats.crawl_runs == 1);
  CHECK(stats.checkpoints == 2);
}
