// Transport faults of the simulator on the API routes: retried by the host and
// survived, or failing the run with what was committed kept.
#include <catch2/catch.hpp>

#include <thread>

#include "v6_fixture.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

/// A small crawl: CGT48's lists and the roster.
const char* const kCgt = "groups: [CGT48]\n";
const std::set<std::int64_t> kCgtGroup = {21};

}  // namespace

TEST_CASE("HTTP 503 and 502 on API calls are retried - the run succeeds") {
  sim::test::SimProcess sim;
  add_fault(sim,
            {{"match", "api.getOpenLiveList"}, {"kind", "status"}, {"status", 503}, {"count", 2}});
  add_fault(sim, {{"match", "api.getLiveOne"}, {"kind", "status"}, {"status", 502}, {"count", 2}});
  V6Fixture fixture(sim, kCgt);
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  CHECK(result.run.retries >= 4);
  CHECK(outcomes(sim, "503") == 2);
  CHECK(outcomes(sim, "502") == 2);
  check_complete(fixture, sim, kCgtGroup);
}

TEST_CASE("HTTP 429 with Retry-After is waited for - then the run succeeds") {
  sim::test::SimProcess sim;
  add_fault(
      sim,
      {{"match", "api.groupTeamStar"}, {"kind", "rateLimit"}, {"retryAfter", 1}, {"count", 1}});
  V6Fixture fixture(sim, kCgt);
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  CHECK(*result.run.finished_at_ms - result.run.started_at_ms >= 900);
  check_complete(fixture, sim, kCgtGroup);
}

TEST_CASE("held connections, resets, truncated bodies and latency are survived") {
  sim::test::SimProcess sim;
  add_fault(sim,
            {{"match", "api.getOpenLiveOne"}, {"kind", "timeout"}, {"ms", 3000}, {"count", 1}});
  add_fault(sim, {{"match", "api.getLiveList"}, {"kind", "reset"}, {"count", 2}});
  add_fault(sim, {{"match", "api.getLiveOne"}, {"kind", "truncate"}, {"bytes", 40}, {"count", 2}});
  add_fault(sim, {{"match", "api.*"}, {"kind", "latency"}, {"ms", 5}, {"probability", 0.3}});
  auto settings = fast_settings();
  settings.http.request_timeout = std::chrono::milliseconds(300);
  V6Fixture fixture(sim, kCgt, settings);
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  CHECK(outcomes(sim, "timeout") == 1);
  CHECK(outcomes(sim, "reset") == 2);
  CHECK(outcomes(sim, "truncated") == 2);
  check_complete(fixture, sim, kCgtGroup);
}

TEST_CASE(
    "503 after every retry fails the run unavailable - committed pages stay - the next run "
    "finishes") {
  sim::test::SimProcess sim;
  // getOpenLiveOne fails for good after the first page's details.
  add_fault(sim, {{"id", "down"},
                  {"match", "api.getOpenLiveOne"},
                  {"kind", "status"},
                  {"status", 503},
                  {"skip", 20}});
  V6Fixture fixture(sim, "groups: [SNH48]\nkinds: [perf_vods]\n");
  const auto failed = fixture.crawl();
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(failed.status.code() == StatusCode::unavailable);
  CHECK(failed.run.error.find("getOpenLiveOne liveId") != std::string::npos);
  CHECK(failed.run.error.find("503") != std::string::npos);
  const auto kept = fixture.perf_vods().size();
  CHECK(kept >= 20);  // page 1, committed
  const auto checkpoints = fixture.checkpoints();
  CHECK(checkpoints.count("perf/10/cursor") == 1);  // the walk resumes on page 2

  sim.control("DELETE", "/_sim/faults");
  reset_stats(sim);
  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  check_same(fixture.perf_vods(), expected_perf_vods(dataset_of(sim), {10}));
  const auto total = expected_perf_vods(dataset_of(sim), {10}).size();
  // The resumed walk starts on page 2: no page-1 detail is fetched again.
  CHECK(served(sim, "api.getOpenLiveOne") <= static_cast<std::int64_t>(total - kept) + 1);
  CHECK(fixture.checkpoints().count("perf/10/cursor") == 0);
}

TEST_CASE("a run over its budget stops with what it committed and the next run finishes") {
  sim::test::SimProcess sim;
  add_fault(sim, {{"match", "api.getOpenLiveOne"}, {"kind", "latency"}, {"ms", 100}});
  auto settings = fast_settings();
  settings.run_budget = std::chrono::seconds(2);
  V6Fixture fixture(sim, "groups: [SNH48]\nkinds: [perf_vods]\n", settings);
  const auto stopped = fixture.crawl();
  CHECK(stopped.run.outcome == RunOutcome::over_budget);
  const auto kept = fixture.perf_vods().size();
  CHECK(kept > 0);
  CHECK(kept < expected_perf_vods(dataset_of(sim), {10}).size());

  sim.control("DELETE", "/_sim/faults");
  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  check_same(fixture.perf_vods(), expected_perf_vods(dataset_of(sim), {10}));
}

TEST_CASE("a shutdown cancels the run - what it committed stays and the next run finishes") {
  sim::test::SimProcess sim;
  add_fault(sim, {{"match", "api.getOpenLiveOne"}, {"kind", "latency"}, {"ms", 50}});
  V6Fixture fixture(sim, "groups: [SNH48]\nkinds: [perf_vods]\n");
  host::RunResult cancelled;
  std::thread crawl([&] { cancelled = fixture.crawl(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  fixture.cancel_running();
  crawl.join();
  CHECK(cancelled.run.outcome == RunOutcome::cancelled);
  CHECK(cancelled.status.code() == StatusCode::cancelled);
  const auto total = expected_perf_vods(dataset_of(sim), {10}).size();
  const auto kept = fixture.perf_vods().size();
  CHECK(kept >= 20);
  CHECK(kept < total);
  CHECK(fixture.checkpoints().count("perf/10/cursor") == 1);

  sim.control("DELETE", "/_sim/faults");
  fixture.renew_runner();
  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  check_same(fixture.perf_vods(), expected_perf_vods(dataset_of(sim), {10}));
}
