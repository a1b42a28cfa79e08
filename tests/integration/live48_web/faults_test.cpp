// Upstream faults: each kind with the retries and the outcome it must have.
#include <catch2/catch.hpp>

#include "crawl_fixture.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

void add_fault(const sim::test::SimProcess& sim, const nlohmann::json& rule) {
  sim.control("POST", "/_sim/faults", nlohmann::json::array({rule}));
}

/// Club 2 only: a small crawl (5 list pages).
const char* const kClub2 = "clubs: [2]\n";

std::map<std::string, PerfVod> club2(const sim::test::SimProcess& sim) {
  return expected_vods(sim.control("GET", "/_sim/dataset"), {2});
}

}  // namespace

TEST_CASE("HTTP 503 twice on list pages: retried - the run succeeds") {
  sim::test::SimProcess sim;
  add_fault(sim, {{"match", "site.list"}, {"kind", "status"}, {"status", 503}, {"count", 2}});
  CrawlFixture fixture(sim, kClub2);
  const auto result = fixture.crawl();
  REQUIRE(result.status.ok());
  CHECK(result.run.retries == 2);
  CHECK(outcomes(sim, "503") == 2);
  check_same_vods(fixture.stored(), club2(sim));
}

TEST_CASE("HTTP 429 with Retry-After: 1 is waited for - then the run succeeds") {
  sim::test::SimProcess sim;
  add_fault(sim, {{"match", "site.vod"}, {"kind", "rateLimit"}, {"retryAfter", 1}, {"count", 1}});
  CrawlFixture fixture(sim, kClub2);
  const auto result = fixture.crawl();
  REQUIRE(result.status.ok());
  CHECK(result.run.retries == 1);
  CHECK(*result.run.finished_at_ms - result.run.started_at_ms >= 900);
  check_same_vods(fixture.stored(), club2(sim));
}

TEST_CASE("a held connection (timeout) and connection resets are retried") {
  sim::test::SimProcess sim;
  add_fault(sim, {{"match", "site.vod"}, {"kind", "timeout"}, {"ms", 3000}, {"count", 1}});
  add_fault(sim, {{"match", "site.vod"}, {"kind", "reset"}, {"skip", 5}, {"count", 2}});
  auto settings = fast_settings();
  settings.http.request_timeout = std::chrono::milliseconds(300);
  CrawlFixture fixture(sim, kClub2, settings);
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  // Each failed attempt was sent again. (The engine does not count a retry on a
  // fresh connection after a kept-alive one failed in run.retries, so the
  // simulator's counts are the measure.)
  CHECK(outcomes(sim, "timeout") == 1);
  CHECK(outcomes(sim, "reset") == 2);
  const auto expected = club2(sim);
  CHECK(served(sim, "site.vod") ==
        static_cast<std::int64_t>(vod_pages_of(sim.control("GET", "/_sim/dataset"), 2)) + 3);
  check_same_vods(fixture.stored(), expected);
}

TEST_CASE("a truncated body is retried") {
  sim::test::SimProcess sim;
  add_fault(sim, {{"match", "site.vod"}, {"kind", "truncate"}, {"bytes", 200}, {"count", 1}});
  CrawlFixture fixture(sim, kClub2);
  const auto result = fixture.crawl();
  REQUIRE(result.status.ok());
  CHECK(outcomes(sim, "truncated") == 1);
  CHECK(served(sim, "site.vod") ==
        static_cast<std::int64_t>(vod_pages_of(sim.control("GET", "/_sim/dataset"), 2)) + 1);
  check_same_vods(fixture.stored(), club2(sim));
}

TEST_CASE(
    "503 after every retry fails the run unavailable - what was complete stays - the next run "
    "completes the job") {
  sim::test::SimProcess sim;
  // The first 20 VOD pages pass, then the upstream is down.
  add_fault(sim, {{"match", "site.vod"}, {"kind", "status"}, {"status", 503}, {"skip", 20}});
  CrawlFixture fixture(sim, kClub2);
  const auto failed = fixture.crawl();
  CHECK(failed.status.code() == StatusCode::unavailable);
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(failed.run.error.find("503") != std::string::npos);
  const auto kept = fixture.stored().size();
  CHECK(kept >= 15);  // page 1 at least, committed before the failure
  CHECK(kept < club2(sim).size());
  CHECK_FALSE(fixture.checkpoints().empty());

  sim.del("/_sim/faults");
  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  check_same_vods(fixture.stored(), club2(sim));
  CHECK(fixture.checkpoints().empty());
}

TEST_CASE("a VOD page without any stream fails the run - every other VOD is stored") {
  sim::test::SimProcess sim;
  const auto expected = club2(sim);
  const auto victim = *std::next(expected.begin(), 7)->second.l4c_id;
  add_fault(
      sim, {{"match", "/Index/invedio/club/*/id/" + std::to_string(victim)}, {"kind", "noStream"}});
  CrawlFixture fixture(sim, kClub2);
  const auto result = fixture.crawl();
  CHECK(result.status.code() == StatusCode::invalid_data);
  CHECK(result.run.error.find("no stream") != std::string::npos);
  CHECK(result.run.error.find(std::to_string(victim)) != std::string::npos);
  auto without = expected;
  for (auto it = without.begin(); it != without.end(); ++it) {
    if (it->second.l4c_id == victim) {
      without.erase(it);
      break;
    }
  }
  check_same_vods(fixture.stored(), without);
}

TEST_CASE("malformed VOD pages are invalid_data for that VOD only") {
  const char* variant = GENERATE("cut", "title2-newline", "no-vedio-id", "garbage");
  sim::test::SimProcess sim;
  const auto expected = club2(sim);
  const auto victim = *std::next(expected.begin(), 3)->second.l4c_id;
  add_fault(sim, {{"match", "/Index/invedio/club/*/id/" + std::to_string(victim)},
                  {"kind", "malformed"},
                  {"variant", variant}});
  CrawlFixture fixture(sim, kClub2);
  const auto result = fixture.crawl();
  INFO(variant << ": " << result.run.error);
  CHECK(result.status.code() == StatusCode::invalid_data);
  CHECK(result.run.error.find(std::to_string(victim)) != std::string::npos);
  CHECK(fixture.stored().size() == expected.size() - 1);
}

TEST_CASE("a malformed list page stops that club with invalid_data - other clubs are crawled") {
  const char* variant = GENERATE("no-pskip", "no-links", "garbage");
  sim::test::SimProcess sim;
  add_fault(
      sim, {{"match", "/Index/main/club/1/p/2.html"}, {"kind", "malformed"}, {"variant", variant}});
  CrawlFixture fixture(sim, "clubs: [1, 2]\n");
  const auto result = fixture.crawl();
  INFO(variant << ": " << result.run.error);
  CHECK(result.status.code() == StatusCode::invalid_data);
  CHECK(result.run.error.find("/Index/main/club/1/p/2.html") != std::string::npos);
  std::size_t club1 = 0, club2_count = 0;
  for (const auto& vod : fixture.stored()) (vod.l4c_club_id == 1 ? club1 : club2_count)++;
  CHECK(club1 == 15);  // page 1 only
  CHECK(club2_count == club2(sim).size());

  sim.del("/_sim/faults");
  SECTION("the next run resumes club 1 at page 2") {
    const auto again = fixture.crawl();
    INFO(again.run.error);
    REQUIRE(again.status.ok());
    check_same_vods(fixture.stored(), expected_vods(sim.control("GET", "/_sim/dataset"), {1, 2}));
  }
}

TEST_CASE("a run over its budget stops with what it committed and the next run finishes") {
  sim::test::SimProcess sim;
  add_fault(sim, {{"match", "site.vod"}, {"kind", "latency"}, {"ms", 40}});
  auto settings = fast_settings();
  settings.run_budget = std::chrono::seconds(1);
  CrawlFixture fixture(sim, kClub2, settings);
  const auto stopped = fixture.crawl();
  CHECK(stopped.run.outcome == RunOutcome::over_budget);
  CHECK(stopped.status.code() == StatusCode::cancelled);
  const auto kept = fixture.stored().size();
  CHECK(kept < club2(sim).size());
  CHECK_FALSE(fixture.checkpoints().empty());

  sim.del("/_sim/faults");
  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  check_same_vods(fixture.stored(), club2(sim));
  CHECK(fixture.checkpoints().empty());
}
