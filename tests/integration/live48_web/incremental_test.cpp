// Incremental crawls: only what is new is fetched.
#include <catch2/catch.hpp>

#include "crawl_fixture.hpp"

using namespace kvm48;
using namespace kvm48::test;

TEST_CASE("an incremental crawl after new VODs appear fetches only the new VOD pages") {
  sim::test::SimProcess sim;
  CrawlFixture fixture(sim);
  REQUIRE(fixture.crawl().status.ok());
  sim.del("/_sim/stats");

  SECTION("nothing new: one list page per club, no VOD page") {
    const auto result = fixture.crawl();
    REQUIRE(result.status.ok());
    CHECK(served(sim, "site.list") == 4);
    CHECK(served(sim, "site.vod") == 0);
    CHECK(result.run.items_new == 0);
  }
  SECTION("20 new VODs of club 1: its first two list pages, the 20 VOD pages") {
    sim.control("POST", "/_sim/publish", {{"perf", 20}, {"member", 0}, {"clubs", {1}}});
    sim.del("/_sim/stats");
    const auto result = fixture.crawl();
    INFO(result.run.error);
    REQUIRE(result.status.ok());
    CHECK(served(sim, "site.vod") == 20);
    CHECK(served(sim, "site.list") == 2 + 3);  // club 1: pages 1-2; clubs 2, 3, 6: page 1
    CHECK(result.run.items_new == 20);
    check_same_vods(fixture.stored(),
                    expected_vods(sim.control("GET", "/_sim/dataset"), kActiveClubs));
  }
}

TEST_CASE("a full crawl walks every list page again but fetches only VOD pages not stored") {
  sim::test::SimProcess sim;
  CrawlFixture fixture(sim, "clubs: [2, 3]\n");
  REQUIRE(fixture.crawl().status.ok());
  const auto dataset = sim.control("GET", "/_sim/dataset");
  sim.control("POST", "/_sim/publish", {{"perf", 3}, {"member", 0}, {"clubs", {3}}});
  sim.del("/_sim/stats");
  CrawlOptions full;
  full.full = true;
  REQUIRE(fixture.crawl(full).status.ok());
  CHECK(served(sim, "site.list") ==
        pages_for(vod_pages_of(dataset, 2)) + pages_for(vod_pages_of(dataset, 3) + 3));
  // The 3 new pages, and the second pages of duplicates (not stored as pages).
  CHECK(served(sim, "site.vod") == 3 + static_cast<std::int64_t>(shadowed_pages(dataset, {2, 3})));
}
