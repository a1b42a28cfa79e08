// A first crawl of the simulator: every record kind compared with the dataset
// field by field, the cursor walk and its request counts, the group options.
#include <catch2/catch.hpp>

#include "v6_fixture.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

std::size_t count_perf(const nlohmann::json& dataset, std::int64_t app_group) {
  return expected_perf_vods(dataset, {app_group}).size();
}

std::size_t count_member(const nlohmann::json& dataset, std::int64_t app_group) {
  return expected_member_vods(dataset, {app_group}).size();
}

}  // namespace

TEST_CASE(
    "a first run stores every team, member, perf VOD and member VOD as the dataset has them") {
  sim::test::SimProcess sim;
  V6Fixture fixture(sim);
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  CHECK(result.run.outcome == RunOutcome::success);
  check_complete(fixture, sim);

  const auto dataset = dataset_of(sim);
  const auto perf = expected_perf_vods(dataset, kDefaultAppGroups);
  const auto member = expected_member_vods(dataset, kDefaultAppGroups);
  // The dataset holds what the test is about: 19-digit ids, member VODs without a
  // danmaku file, relative and absolute VOD paths, both types, teams on VODs.
  const auto has = [](const auto& map, auto predicate) {
    return std::any_of(map.begin(), map.end(), [&](const auto& e) { return predicate(e.second); });
  };
  CHECK(has(perf, [](const PerfVod& v) { return v.id.size() == 19; }));
  CHECK(has(perf, [](const PerfVod& v) { return v.teams.size() >= 1; }));
  CHECK(has(member, [](const MemberVod& v) { return v.id.size() == 19; }));
  CHECK(has(member, [](const MemberVod& v) { return !v.danmaku_url; }));
  CHECK(has(member, [](const MemberVod& v) { return v.type == MemberVodType::radio; }));
  CHECK(has(member, [](const MemberVod& v) { return v.type == MemberVodType::live; }));
  CHECK(has(member, [](const MemberVod& v) { return v.team.has_value(); }));

  // One detail call per record, each list walked to its empty end page.
  CHECK(served(sim, "api.groupTeamStar") == 1);
  CHECK(served(sim, "api.getOpenLiveOne") == static_cast<std::int64_t>(perf.size()));
  CHECK(served(sim, "api.getLiveOne") == static_cast<std::int64_t>(member.size()));
  std::int64_t open_pages = 0, live_list_pages = 0;
  for (const std::int64_t group : kDefaultAppGroups) {
    open_pages += open_live_pages(count_perf(dataset, group));
    live_list_pages += live_pages(count_member(dataset, group));
  }
  CHECK(served(sim, "api.getOpenLiveList") == open_pages);
  CHECK(served(sim, "api.getLiveList") == live_list_pages);
  CHECK(result.run.items_new ==
        perf.size() + member.size() + dataset.at("teams").size() + dataset.at("members").size());

  // A finished walk leaves only its newest item time per list.
  const auto checkpoints = fixture.checkpoints();
  CHECK(checkpoints.count("perf/10/newest_ms") == 1);
  CHECK(checkpoints.count("member/10/newest_ms") == 1);
  CHECK(checkpoints.count("perf/10/cursor") == 0);
}

TEST_CASE("with legacy the SHY48 and CKG48 lists are walked too") {
  sim::test::SimProcess sim;
  V6Fixture fixture(sim);
  CrawlOptions options;
  options.legacy = true;
  const auto result = fixture.crawl(options);
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  check_complete(fixture, sim, kAllAppGroups);
  CHECK(count_perf(dataset_of(sim), 13) + count_perf(dataset_of(sim), 14) > 0);
}

TEST_CASE("groups and kinds restrict what a run crawls") {
  sim::test::SimProcess sim;
  V6Fixture fixture(sim, "groups: [GNZ48]\nkinds: [perf_vods]\n");
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  const auto dataset = dataset_of(sim);
  check_same(fixture.perf_vods(), expected_perf_vods(dataset, {12}));
  CHECK(fixture.member_vods().empty());
  CHECK(fixture.teams().empty());
  CHECK(fixture.members().empty());
  CHECK(served(sim, "api.groupTeamStar") == 0);
  CHECK(served(sim, "api.getLiveList") == 0);
}

TEST_CASE("without the roster a member VOD takes its group from the nickname and has no team") {
  sim::test::SimProcess sim;
  V6Fixture fixture(sim, "groups: [BEJ48]\nkinds: [member_vods]\n");
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  auto want = expected_member_vods(dataset_of(sim), {11});
  REQUIRE_FALSE(want.empty());
  for (auto& [id, vod] : want) vod.team.reset();
  check_same(fixture.member_vods(), want);
}

TEST_CASE("limit_pages N walks only the first N pages of each list") {
  sim::test::SimProcess sim;
  V6Fixture fixture(sim, "groups: [SNH48]\n");
  CrawlOptions options;
  options.limit_pages = 2;
  const auto result = fixture.crawl(options);
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  CHECK(served(sim, "api.getOpenLiveList") == 2);
  CHECK(served(sim, "api.getLiveList") == 2);
  // 20 + 19 perf VODs (page 2 repeats page 1's last item), 40 member VODs.
  CHECK(fixture.perf_vods().size() == 39);
  CHECK(fixture.member_vods().size() == 40);
  CHECK(served(sim, "api.getOpenLiveOne") == 39);
}

TEST_CASE("the stime cursor walks the list as the liveId cursor does") {
  sim::test::SimProcess sim;
  sim.control("POST", "/_sim/settings", {{"api", {{"openLiveCursor", "stime"}}}});
  V6Fixture fixture(sim, "groups: [SNH48, BEJ48]\nkinds: [roster, perf_vods]\n");
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  check_same(fixture.perf_vods(), expected_perf_vods(dataset_of(sim), {10, 11}));
}

TEST_CASE("items repeated across pages are fetched and stored once") {
  sim::test::SimProcess sim;
  // Besides the one repeated item of every page, three more on each page from page 2.
  add_fault(sim, {{"match", "api.*List"}, {"kind", "duplicates"}, {"items", 3}});
  V6Fixture fixture(sim, "groups: [SNH48]\n");
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  const auto dataset = dataset_of(sim);
  const auto perf = expected_perf_vods(dataset, {10});
  const auto member = expected_member_vods(dataset, {10});
  check_same(fixture.perf_vods(), perf);
  check_same(fixture.member_vods(), member);
  CHECK(served(sim, "api.getOpenLiveOne") == static_cast<std::int64_t>(perf.size()));
  CHECK(served(sim, "api.getLiveOne") == static_cast<std::int64_t>(member.size()));
  CHECK(served(sim, "api.getOpenLiveList") > open_live_pages(perf.size()));
  CHECK(result.run.items_new ==
        perf.size() + member.size() + dataset.at("teams").size() + dataset.at("members").size());
}

TEST_CASE("a subTitle the API sends (2023 on) is stored as the subtitle") {
  sim::test::SimProcess sim;
  sim.control("POST", "/_sim/settings", {{"api", {{"openLiveSubtitle", true}}}});
  V6Fixture fixture(sim, "groups: [CGT48]\nkinds: [perf_vods]\n");
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  const auto dataset = dataset_of(sim);
  auto want = expected_perf_vods(dataset, {21});
  std::size_t with_subtitle = 0;
  for (const auto& row : dataset.at("perfVods")) {
    const auto found = want.find(row.at("canonId").get<std::string>());
    if (found == want.end() || row.value("subtitle", std::string()).empty()) continue;
    found->second.subtitle = row.at("subtitle").get<std::string>();
    ++with_subtitle;
  }
  CHECK(with_subtitle > 0);
  check_same(fixture.perf_vods(), want);
}
