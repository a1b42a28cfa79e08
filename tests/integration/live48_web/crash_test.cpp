// A crawl killed with SIGKILL at random moments: the next run completes the job,
// nothing committed is lost, nothing is stored twice.
#include <catch2/catch.hpp>

#include <Poco/Process.h>

#include <signal.h>

#include <random>
#include <set>
#include <thread>

#include "crawl_fixture.hpp"

using namespace kvm48;
using namespace kvm48::test;

TEST_CASE(
    "a crawl killed at random moments is completed by the next run and nothing lost or stored "
    "twice") {
  sim::test::SimProcess sim;
  // A little latency so that the kills land in the middle of the crawl.
  sim.control("POST", "/_sim/faults",
              nlohmann::json::array({{{"match", "site.vod"}, {"kind", "latency"}, {"ms", 4}}}));
  CrawlFixture fixture(sim);  // the same database file the child processes write
  const auto db = (fixture.dir() / "data.db").string();
  const auto expected = expected_vods(sim.control("GET", "/_sim/dataset"), kActiveClubs);

  std::mt19937 random(Catch::rngSeed());
  std::uniform_int_distribution<int> delay_ms(150, 900);
  std::set<std::string> committed;
  int kills = 0;
  for (int round = 0; round < 6; ++round) {
    Poco::ProcessHandle child =
        Poco::Process::launch(KVM48_CRAWL_ONCE_BINARY, {db, fixture.base_url()});
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
    ::kill(child.id(), SIGKILL);
    const int status = child.wait();
    kills += status != 0 ? 1 : 0;

    // Nothing committed before is lost, and nothing stored twice.
    const auto stored = fixture.stored();
    std::set<std::string> now;
    std::set<std::int64_t> l4c_ids;
    for (const auto& vod : stored) {
      now.insert(vod.id);
      CHECK(l4c_ids.insert(*vod.l4c_id).second);
      CHECK(expected.count(vod.id) == 1);
    }
    CHECK(now.size() == stored.size());
    for (const auto& id : committed) CHECK(now.count(id) == 1);
    committed = now;
  }
  CHECK(kills >= 1);

  Poco::ProcessHandle last =
      Poco::Process::launch(KVM48_CRAWL_ONCE_BINARY, {db, fixture.base_url()});
  CHECK(last.wait() == 0);
  check_same_vods(fixture.stored(), expected);
  CHECK(fixture.checkpoints().empty());
  // Each kill loses at most the VOD pages of one list page in flight.
  CHECK(served(sim, "site.vod") <= static_cast<std::int64_t>(expected.size()) + 15 * kills + 6);
}
