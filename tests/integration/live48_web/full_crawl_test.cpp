// Full and first crawls of the simulated live.48.cn, checked field by field.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <set>

#include "crawl_fixture.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

std::string gunzip(const std::filesystem::path& file) {
  gzFile in = gzopen(file.c_str(), "rb");
  REQUIRE(in != nullptr);
  std::string out;
  char buffer[65536];
  for (int n; (n = gzread(in, buffer, sizeof buffer)) > 0;) {
    out.append(buffer, static_cast<std::size_t>(n));
  }
  gzclose(in);
  return out;
}

}  // namespace

TEST_CASE("a full legacy crawl stores every VOD page of every club as the dataset has it") {
  sim::test::SimProcess sim;
  CrawlFixture fixture(sim);
  const auto dataset = sim.control("GET", "/_sim/dataset");

  CrawlOptions options;
  options.full = true;
  options.legacy = true;
  const auto result = fixture.crawl(options);
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  CHECK(result.run.outcome == RunOutcome::success);
  check_same_vods(fixture.stored(), expected_vods(dataset, kAllClubs));

  // Every list page once, every VOD page once, no retry.
  std::int64_t list_pages = 0, vod_pages = 0;
  for (std::int64_t club : kAllClubs) {
    list_pages += pages_for(vod_pages_of(dataset, club));
    vod_pages += static_cast<std::int64_t>(vod_pages_of(dataset, club));
  }
  CHECK(served(sim, "site.list") == list_pages);
  CHECK(served(sim, "site.vod") == vod_pages);
  CHECK(result.run.retries == 0);
  CHECK(result.run.items_new == expected_vods(dataset, kAllClubs).size());
  CHECK(fixture.checkpoints().empty());
}

TEST_CASE("a first crawl without legacy stores the active clubs 1 2 3 and 6 only") {
  sim::test::SimProcess sim;
  CrawlFixture fixture(sim);
  const auto dataset = sim.control("GET", "/_sim/dataset");
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  check_same_vods(fixture.stored(), expected_vods(dataset, kActiveClubs));
  for (const auto& vod : fixture.stored()) {
    CHECK(vod.l4c_club_id != 4);
    CHECK(vod.l4c_club_id != 5);
  }
  SECTION("then legacy adds clubs 4 and 5") {
    CrawlOptions legacy;
    legacy.legacy = true;
    REQUIRE(fixture.crawl(legacy).status.ok());
    check_same_vods(fixture.stored(), expected_vods(dataset, kAllClubs));
  }
}

TEST_CASE("limit_pages N fetches only the first N list pages of each club") {
  sim::test::SimProcess sim;
  CrawlFixture fixture(sim, "clubs: [1, 3]\n");
  CrawlOptions options;
  options.limit_pages = 2;
  const auto result = fixture.crawl(options);
  REQUIRE(result.status.ok());
  CHECK(served(sim, "site.list") == 4);
  CHECK(served(sim, "site.vod") == 60);
  // The 30 newest VOD pages of each club (the second page of a duplicate pair
  // among them is merged into the first).
  const auto dataset = sim.control("GET", "/_sim/dataset");
  for (std::int64_t club : {1, 3}) {
    std::vector<std::pair<std::int64_t, std::string>> rows;
    for (const auto& row : dataset.at("perfVods")) {
      if (row.contains("l4cId") && row.at("club") == club) {
        rows.emplace_back(row.at("l4cId"), row.at("canonId"));
      }
    }
    std::sort(rows.rbegin(), rows.rend());
    rows.resize(30);
    std::vector<std::int64_t> ids;
    std::set<std::string> canon;
    for (const auto& [id, canon_id] : rows) {
      if (canon.insert(canon_id).second) ids.push_back(id);
    }
    std::vector<std::int64_t> got;
    for (const auto& vod : fixture.stored()) {
      if (vod.l4c_club_id == club) got.push_back(*vod.l4c_id);
    }
    std::sort(got.rbegin(), got.rend());
    CHECK(got == ids);
  }
  CHECK(fixture.checkpoints().empty());
}

TEST_CASE("archive_dir keeps every fetched VOD page gzip-compressed as {club}/{id}.html.gz") {
  sim::test::SimProcess sim;
  TempDir archive("kvm48-live48-test-");
  CrawlFixture fixture(sim, "clubs: [2]\narchive_dir: " + archive.path().string() + "\n");
  REQUIRE(fixture.crawl().status.ok());
  const auto dataset = sim.control("GET", "/_sim/dataset");
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(archive.path() / "2")) {
    CHECK(entry.path().extension() == ".gz");
    ++files;
  }
  CHECK(files == vod_pages_of(dataset, 2));
  const auto stored = fixture.stored();
  REQUIRE_FALSE(stored.empty());
  const auto& some = stored.front();
  const auto page = sim.get("/Index/invedio/club/2/id/" + std::to_string(*some.l4c_id));
  CHECK(gunzip(archive.path() / "2" / (std::to_string(*some.l4c_id) + ".html.gz")) == page.body);
}

TEST_CASE("list hrefs spelled invideo (the site since about 2020) are accepted") {
  sim::test::SimProcess sim;
  sim.control("POST", "/_sim/settings", {{"site", {{"hrefSpelling", "invideo"}}}});
  CrawlFixture fixture(sim, "clubs: [3]\n");
  const auto result = fixture.crawl();
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  check_same_vods(fixture.stored(), expected_vods(sim.control("GET", "/_sim/dataset"), {3}));
}
