// API-level errors: a non-success envelope, HTTP 403 without the app headers, an
// empty content, answers that are not JSON, VODs without streams. Each gives a
// failed run with a clear error, and nothing committed is lost.
#include <catch2/catch.hpp>

#include "v6_fixture.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

const std::set<std::int64_t> kCgtGroup = {21};

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("envelope status 401004 on a list fails the run naming the call, status and message") {
  sim::test::SimProcess sim;
  add_fault(
      sim,
      {{"match", "api.getLiveList"}, {"kind", "apiError"}, {"apiStatus", 401004}, {"count", 1}});
  V6Fixture fixture(sim, "groups: [CGT48]\n");
  const auto failed = fixture.crawl();
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(failed.status.code() == StatusCode::unavailable);
  CHECK(failed.run.error == "getLiveList groupId 21 next 0: API status 401004: 登录口袋失败");
  // What came before the failure is stored: the roster and the perf VODs.
  const auto dataset = dataset_of(sim);
  check_same(fixture.teams(), expected_teams(dataset));
  check_same(fixture.perf_vods(), expected_perf_vods(dataset, kCgtGroup));
  CHECK(fixture.member_vods().empty());

  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  check_complete(fixture, sim, kCgtGroup);
}

TEST_CASE("envelope status 400 on a detail call stops the run - the page's other items are kept") {
  sim::test::SimProcess sim;
  add_fault(sim, {{"match", "api.getOpenLiveOne"},
                  {"kind", "apiError"},
                  {"apiStatus", 400},
                  {"message", "参数错误"},
                  {"skip", 25},
                  {"count", 1}});
  V6Fixture fixture(sim, "groups: [SNH48]\nkinds: [perf_vods]\n");
  const auto failed = fixture.crawl();
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(contains(failed.run.error, "getOpenLiveOne liveId "));
  CHECK(contains(failed.run.error, "API status 400: 参数错误"));
  // Page 1 (20) and page 2's items but the failed one are stored.
  CHECK(fixture.perf_vods().size() == 20 + 19 - 1);
  CHECK(fixture.checkpoints().count("perf/10/cursor") == 1);
  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  check_same(fixture.perf_vods(), expected_perf_vods(dataset_of(sim), {10}));
}

TEST_CASE("HTTP 403 without the app headers fails the run and names the header options") {
  sim::test::SimProcess sim;
  V6Fixture fixture(sim, "referer: ''\napp_info: ''\n");
  const auto failed = fixture.crawl();
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(failed.status.code() == StatusCode::unavailable);
  CHECK(contains(failed.run.error, "group_team_star: HTTP 403"));
  CHECK(contains(failed.run.error, "referer"));
  CHECK(outcomes(sim, "403") == 1);
  CHECK(fixture.teams().empty());
}

TEST_CASE("the default headers satisfy a simulator that demands appInfo and Referer") {
  sim::test::SimProcess sim({"--require-headers", "appInfo,Referer,Origin,User-Agent"});
  V6Fixture fixture(sim, "groups: [CGT48]\n");
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  check_complete(fixture, sim, kCgtGroup);
}

TEST_CASE("an empty content fails the run with invalid_data naming the call") {
  sim::test::SimProcess sim;
  add_fault(sim, {{"match", "api.groupTeamStar"}, {"kind", "emptyContent"}, {"count", 1}});
  V6Fixture fixture(sim, "groups: [CGT48]\n");
  const auto failed = fixture.crawl();
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(failed.status.code() == StatusCode::invalid_data);
  CHECK(failed.run.error == "group_team_star: API status 200 with an empty content ({})");
  REQUIRE(fixture.crawl().status.ok());
  check_complete(fixture, sim, kCgtGroup);
}

TEST_CASE("an empty content or HTML on a list page stops that list - other lists are crawled") {
  sim::test::SimProcess sim;
  add_fault(
      sim, {{"match", "api.getOpenLiveList"}, {"kind", "emptyContent"}, {"skip", 1}, {"count", 1}});
  add_fault(
      sim,
      {{"match", "api.getLiveList"}, {"kind", "malformed"}, {"variant", "garbage"}, {"count", 1}});
  V6Fixture fixture(sim, "groups: [SNH48, CGT48]\n");
  const auto failed = fixture.crawl();
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(failed.status.code() == StatusCode::invalid_data);
  CHECK(contains(failed.run.error, "2 problems, first: getOpenLiveList groupId 10 next "));
  CHECK(contains(failed.run.error, "empty content"));
  const auto dataset = dataset_of(sim);
  // SNH48's perf list stopped after page 1; CGT48's perf list is complete; the
  // SNH48 member list stopped on page 1, CGT48's is complete.
  CHECK(fixture.perf_vods().size() == 20 + expected_perf_vods(dataset, kCgtGroup).size());
  check_same(fixture.member_vods(), expected_member_vods(dataset, kCgtGroup));
  CHECK(fixture.checkpoints().count("perf/10/cursor") == 1);

  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  check_complete(fixture, sim, {10, 21});
}

TEST_CASE("a VOD without streams or without a VOD file is not stored and fails the run") {
  sim::test::SimProcess sim;
  add_fault(sim,
            {{"match", "api.getOpenLiveOne"}, {"kind", "noStream"}, {"skip", 3}, {"count", 1}});
  add_fault(sim, {{"match", "api.getLiveOne"}, {"kind", "noStream"}, {"count", 1}});
  V6Fixture fixture(sim, "groups: [CGT48]\n");
  const auto failed = fixture.crawl();
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(failed.status.code() == StatusCode::invalid_data);
  CHECK(contains(failed.run.error, "2 problems, first: getOpenLiveOne liveId "));
  CHECK(contains(failed.run.error, "the VOD has no stream"));
  const auto dataset = dataset_of(sim);
  CHECK(fixture.perf_vods().size() == expected_perf_vods(dataset, kCgtGroup).size() - 1);
  CHECK(fixture.member_vods().size() == expected_member_vods(dataset, kCgtGroup).size() - 1);
  // Not stored, so never old: the next run fetches both again.
  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  check_complete(fixture, sim, kCgtGroup);
}

TEST_CASE("an unknown id (envelope 404) on a detail call is a problem of that item only") {
  sim::test::SimProcess sim;
  add_fault(sim, {{"match", "api.getLiveOne"},
                  {"kind", "apiError"},
                  {"apiStatus", 404},
                  {"message", "直播不存在"},
                  {"count", 1}});
  V6Fixture fixture(sim, "groups: [CGT48]\n");
  const auto failed = fixture.crawl();
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(contains(failed.run.error, "1 problem, first: getLiveOne liveId "));
  CHECK(contains(failed.run.error, "API status 404: 直播不存在"));
  const auto dataset = dataset_of(sim);
  CHECK(fixture.member_vods().size() == expected_member_vods(dataset, kCgtGroup).size() - 1);
  REQUIRE(fixture.crawl().status.ok());
  check_complete(fixture, sim, kCgtGroup);
}

TEST_CASE("a cut or HTML detail answer is a problem of that item only") {
  sim::test::SimProcess sim;
  add_fault(
      sim,
      {{"match", "api.getOpenLiveOne"}, {"kind", "malformed"}, {"variant", "cut"}, {"count", 1}});
  add_fault(
      sim, {{"match", "api.getLiveOne"}, {"kind", "malformed"}, {"variant", "html"}, {"count", 1}});
  V6Fixture fixture(sim, "groups: [CGT48]\n");
  const auto failed = fixture.crawl();
  CHECK(failed.run.outcome == RunOutcome::failed);
  CHECK(failed.status.code() == StatusCode::invalid_data);
  CHECK(contains(failed.run.error, "2 problems, first: getOpenLiveOne liveId "));
  CHECK(contains(failed.run.error, "the answer is not JSON"));
  const auto dataset = dataset_of(sim);
  CHECK(fixture.perf_vods().size() == expected_perf_vods(dataset, kCgtGroup).size() - 1);
  CHECK(fixture.member_vods().size() == expected_member_vods(dataset, kCgtGroup).size() - 1);
  REQUIRE(fixture.crawl().status.ok());
  check_complete(fixture, sim, kCgtGroup);
}
