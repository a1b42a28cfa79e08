// Later runs: few requests when nothing is new, new items published through the
// simulator's control endpoint, --full, and a perf VOD live48_web stored first.
#include <catch2/catch.hpp>

#include "v6_fixture.hpp"

using namespace kvm48;
using namespace kvm48::test;

TEST_CASE("a second run with nothing new reads one page per list and stores nothing new") {
  sim::test::SimProcess sim;
  V6Fixture fixture(sim);
  REQUIRE(fixture.crawl().status.ok());
  reset_stats(sim);
  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  const auto lists = static_cast<std::int64_t>(kDefaultAppGroups.size());
  CHECK(served(sim, "api.getOpenLiveList") == lists);
  CHECK(served(sim, "api.getLiveList") == lists);
  CHECK(served(sim, "api.getOpenLiveOne") == 0);
  CHECK(served(sim, "api.getLiveOne") == 0);
  CHECK(served(sim, "api.groupTeamStar") == 1);
  CHECK(again.run.items_new == 0);
  CHECK(again.run.items_updated == 0);
  check_complete(fixture, sim);
}

TEST_CASE("items published between runs appear in the next incremental run") {
  sim::test::SimProcess sim;
  V6Fixture fixture(sim);
  REQUIRE(fixture.crawl().status.ok());
  const auto members_before = expected_member_vods(dataset_of(sim), kDefaultAppGroups).size();
  const auto published =
      sim.control("POST", "/_sim/publish", {{"perf", 5}, {"member", 4}, {"clubs", {1, 3}}});
  INFO(published.dump());
  reset_stats(sim);
  const auto again = fixture.crawl();
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  check_complete(fixture, sim);  // against the dataset after publishing
  // (The published member VODs are of random members, some maybe of groups not crawled.)
  const auto new_members =
      expected_member_vods(dataset_of(sim), kDefaultAppGroups).size() - members_before;
  // Only the new items get a detail call; a list with new items reads one more
  // page (whose items are all old) to end.
  CHECK(served(sim, "api.getOpenLiveOne") == 5);
  CHECK(served(sim, "api.getLiveOne") == static_cast<std::int64_t>(new_members));
  CHECK(served(sim, "api.getOpenLiveList") <=
        2 * static_cast<std::int64_t>(kDefaultAppGroups.size()));
  CHECK(served(sim, "api.getLiveList") <= 2 * static_cast<std::int64_t>(kDefaultAppGroups.size()));
  CHECK(again.run.items_new == 5 + new_members);
}

TEST_CASE("a full run walks every page again but fetches no detail of an old item") {
  sim::test::SimProcess sim;
  V6Fixture fixture(sim, "groups: [GNZ48]\n");
  REQUIRE(fixture.crawl().status.ok());
  const auto first_pages = served(sim, "api.getOpenLiveList");
  reset_stats(sim);
  CrawlOptions full;
  full.full = true;
  const auto again = fixture.crawl(full);
  INFO(again.run.error);
  REQUIRE(again.status.ok());
  CHECK(served(sim, "api.getOpenLiveList") == first_pages);
  CHECK(served(sim, "api.getOpenLiveOne") == 0);
  CHECK(served(sim, "api.getLiveOne") == 0);
  check_complete(fixture, sim, {12});
}

TEST_CASE("perf VODs live48_web stored first still get this source's teams and cover") {
  sim::test::SimProcess sim;
  V6Fixture fixture(sim, "groups: [BEJ48]\nkinds: [perf_vods]\n");
  const auto live48 = fixture.crawl_live48("clubs: [2]\nlegacy_clubs: []\n");
  INFO(live48.run.error);
  REQUIRE(live48.status.ok());
  const auto site_vods = fixture.perf_vods().size();
  REQUIRE(site_vods > 0);

  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  const auto dataset = dataset_of(sim);
  const auto api = expected_perf_vods(dataset, {11});
  // Every API VOD got its details, also those the site source had stored.
  CHECK(served(sim, "api.getOpenLiveOne") == static_cast<std::int64_t>(api.size()));
  std::size_t merged = 0;
  for (const auto& vod : fixture.perf_vods()) {
    const auto found = api.find(vod.id);
    if (found == api.end()) {
      CHECK(vod.sources == std::vector<std::string>{"live48"});
      continue;
    }
    INFO("perf VOD " << vod.id);
    CHECK(vod.teams == found->second.teams);
    CHECK(vod.cover_url == found->second.cover_url);
    if (vod.l4c_id) {
      ++merged;
      CHECK(vod.sources == std::vector<std::string>{"live48", "v6"});
    } else {
      CHECK(vod.sources == std::vector<std::string>{"v6"});
    }
  }
  CHECK(merged > 0);
  // And the next incremental run of this source stops at once.
  reset_stats(sim);
  REQUIRE(fixture.crawl().status.ok());
  CHECK(served(sim, "api.getOpenLiveList") == 1);
  CHECK(served(sim, "api.getOpenLiveOne") == 0);
}
