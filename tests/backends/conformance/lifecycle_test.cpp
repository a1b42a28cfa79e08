// Conformance: open and migrate with a report, refusals before open, and the
// crawl lock that lets one instance crawl.

#include <catch2/catch.hpp>

#include "target.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

TEST_CASE("the first open migrates an empty store and reports it, the next open applies nothing",
          "[open]") {
  const auto store = conformance_target().fresh_store();
  const auto& plugin = conformance_target().plugin;
  {
    auto backend = create_backend(plugin, store->options_yaml());
    MigrationReport report;
    const Status status = backend->open(OpenOptions{}, report);
    INFO(status.message());
    REQUIRE(status.ok());
    CHECK(report.version_before == 0);
    REQUIRE_FALSE(report.applied.empty());
    CHECK(report.version_after == report.applied.back().number);
    CHECK_FALSE(report.database.empty());
    for (std::size_t i = 0; i < report.applied.size(); ++i) {
      CHECK(report.applied[i].number == i + 1);
      CHECK_FALSE(report.applied[i].name.empty());
    }
    CHECK(backend->ping().ok());
  }
  auto again = create_backend(plugin, store->options_yaml());
  MigrationReport report;
  REQUIRE(again->open(OpenOptions{false}, report).ok());
  CHECK(report.applied.empty());
  CHECK(report.version_before == report.version_after);
  CHECK(report.version_after > 0);
}

TEST_CASE("opening without migrating a store that needs migrations fails and says what to run",
          "[open][failure]") {
  const auto store = conformance_target().fresh_store();
  auto backend = create_backend(conformance_target().plugin, store->options_yaml());
  MigrationReport report;
  const Status status = backend->open(OpenOptions{false}, report);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK_THAT(status.message(), Catch::Contains("kvm48-server migrate"));
  CHECK(report.applied.empty());
}

TEST_CASE("a backend that is not open refuses every operation as unavailable", "[open][failure]") {
  const auto store = conformance_target().fresh_store();
  auto backend = create_backend(conformance_target().plugin, store->options_yaml());
  UpsertCounts counts;
  CHECK(backend->write(batch_of({vod("x", Group::snh48, 1)}), counts).code() ==
        StatusCode::unavailable);
  std::vector<PerfVod> out;
  CHECK(backend->perf_vods_in_range({0, 10, {}, 0}, out).code() == StatusCode::unavailable);
  BackendStatistics stats;
  CHECK(backend->statistics(stats).code() == StatusCode::unavailable);
  CHECK(backend->ping().code() == StatusCode::unavailable);
  bool acquired = true;
  CHECK(backend->try_acquire_crawl_lock(acquired).code() == StatusCode::unavailable);
  CHECK_FALSE(acquired);
}

TEST_CASE("exactly one instance on a store holds the crawl lock until it lets go", "[lock]") {
  auto s = open_fresh_store();
  auto other = s.open_again();
  bool acquired = false;
  REQUIRE(s.backend->try_acquire_crawl_lock(acquired).ok());
  CHECK(acquired);
  REQUIRE(s.backend->try_acquire_crawl_lock(acquired).ok());
  CHECK(acquired);  // already held: still ours
  REQUIRE(other->try_acquire_crawl_lock(acquired).ok());
  CHECK_FALSE(acquired);
  CHECK(s.backend->holds_crawl_lock());
  CHECK_FALSE(other->holds_crawl_lock());

  s.backend->release_crawl_lock();
  CHECK_FALSE(s.backend->holds_crawl_lock());
  REQUIRE(other->try_acquire_crawl_lock(acquired).ok());
  CHECK(acquired);
  REQUIRE(s.backend->try_acquire_crawl_lock(acquired).ok());
  CHECK_FALSE(acquired);
}

TEST_CASE("destroying the instance that holds the crawl lock frees it", "[lock]") {
  auto s = open_fresh_store();
  bool acquired = false;
  {
    auto holder = s.open_again();
    REQUIRE(holder->try_acquire_crawl_lock(acquired).ok());
    REQUIRE(acquired);
    REQUIRE(s.backend->try_acquire_crawl_lock(acquired).ok());
    CHECK_FALSE(acquired);
  }
  REQUIRE(s.backend->try_acquire_crawl_lock(acquired).ok());
  CHECK(acquired);
}
