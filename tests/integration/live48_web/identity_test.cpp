// Canonical-id clashes: the known duplicate pages, the one known collision, and
// any other conflict.
#include <catch2/catch.hpp>

#include <fstream>

#include "crawl_fixture.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

const PerfVod* find(const std::vector<PerfVod>& vods, const std::string& id) {
  for (const auto& vod : vods) {
    if (vod.id == id) return &vod;
  }
  return nullptr;
}
// The result points into `vods`: never look into a temporary.
const PerfVod* find(std::vector<PerfVod>&& vods, const std::string& id) = delete;

/// Position (0-based, newest first) of l4c id `id` in the list of `club`.
std::size_t position(const nlohmann::json& dataset, std::int64_t club, std::int64_t id) {
  std::size_t newer = 0;
  for (const auto& row : dataset.at("perfVods")) {
    if (row.contains("l4cId") && row.at("club") == club && row.at("l4cId") > id) ++newer;
  }
  return newer;
}

}  // namespace

TEST_CASE(
    "duplicate pages are let through (the first page kept) and the known collision is ignored") {
  sim::test::SimProcess sim;
  CrawlFixture fixture(sim, "clubs: [1, 3]\nlegacy_clubs: [5]\n");
  CrawlOptions options;
  options.legacy = true;
  const auto result = fixture.crawl(options);
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  const auto stored = fixture.stored();
  check_same_vods(stored, expected_vods(sim.control("GET", "/_sim/dataset"), {1, 3, 5}));

  const PerfVod* duplicate = find(stored, "5c332c640cf27e32089829a8");
  REQUIRE(duplicate != nullptr);
  CHECK(duplicate->l4c_id == 2592);
  CHECK(duplicate->start_time == 1547379000);
  const PerfVod* collision = find(stored, "5bd81e5a0cf27e320898288b");
  REQUIRE(collision != nullptr);
  CHECK(collision->l4c_id == 2451);
  CHECK(collision->start_time == 1541763000);  // 2018-11-09, not 1750's 2018-11-04
}

TEST_CASE("the known collision met in a later run is ignored too") {
  sim::test::SimProcess sim;
  const auto dataset = sim.control("GET", "/_sim/dataset");
  const auto first_pages = static_cast<std::int64_t>(position(dataset, 3, 2451) / 15 + 1);
  REQUIRE(position(dataset, 3, 1750) / 15 + 1 > static_cast<std::size_t>(first_pages));
  CrawlFixture fixture(sim, "clubs: [3]\n");
  CrawlOptions limited;
  limited.limit_pages = first_pages;
  REQUIRE(fixture.crawl(limited).status.ok());
  CrawlOptions full;
  full.full = true;
  const auto result = fixture.crawl(full);
  INFO(result.run.error);
  REQUIRE(result.status.ok());
  const auto stored = fixture.stored();
  const PerfVod* collision = find(stored, "5bd81e5a0cf27e320898288b");
  REQUIRE(collision != nullptr);
  CHECK(collision->l4c_id == 2451);
  CHECK(collision->start_time == 1541763000);
}

TEST_CASE(
    "any other canonical id shared by pages with different start times is a conflict - the second "
    "page is not stored") {
  TempDir dir("kvm48-live48-test-");
  // A dataset where two club 2 pages of different shows carry one canonical id.
  auto dataset = [] {
    std::ifstream in(sim::test::testDataset());
    return nlohmann::json::parse(in);
  }();
  nlohmann::json* newer = nullptr;
  nlohmann::json* older = nullptr;
  for (auto& row : dataset.at("perfVods")) {
    if (!row.contains("l4cId") || row.at("club") != 2 || row.value("inApi", false)) continue;
    if (newer == nullptr || row.at("l4cId") > newer->at("l4cId")) newer = &row;
  }
  REQUIRE(newer != nullptr);
  for (auto& row : dataset.at("perfVods")) {
    if (&row == newer || !row.contains("l4cId") || row.at("club") != 2 ||
        row.value("inApi", false) || row.at("startTime") == newer->at("startTime")) {
      continue;
    }
    older = &row;
    break;
  }
  REQUIRE(older != nullptr);
  (*older)["canonId"] = newer->at("canonId");
  const auto file = dir.path() / "conflict.json";
  std::ofstream(file) << dataset.dump();

  sim::test::SimProcess sim({}, file.string());
  CrawlFixture fixture(sim, "clubs: [2]\n");
  const auto result = fixture.crawl();
  CHECK(result.status.code() == StatusCode::conflict);
  CHECK(result.run.error.find("conflicts with") != std::string::npos);
  CHECK(result.run.error.find(std::to_string(older->at("l4cId").get<std::int64_t>())) !=
        std::string::npos);
  const auto stored = fixture.stored();
  const PerfVod* kept = find(stored, newer->at("canonId").get<std::string>());
  REQUIRE(kept != nullptr);
  CHECK(kept->l4c_id == newer->at("l4cId").get<std::int64_t>());
  CHECK(kept->start_time == newer->at("startTime").get<std::int64_t>());
  CHECK(kept->title == newer->at("title").get<std::string>());
  // Everything else of the club is stored.
  check_same_vods(stored, expected_vods(sim.control("GET", "/_sim/dataset"), {2}));
}
