// A crawl killed with SIGKILL at random moments: the next run completes the job,
// nothing committed is lost, and details are fetched again only for the pages in
// flight.
#include <catch2/catch.hpp>

#include <Poco/Process.h>

#include <signal.h>

#include <random>
#include <set>
#include <thread>

#include "v6_fixture.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

std::set<std::string> stored_ids(const V6Fixture& fixture) {
  std::set<std::string> ids;
  for (const auto& vod : fixture.perf_vods()) CHECK(ids.insert("perf " + vod.id).second);
  for (const auto& vod : fixture.member_vods()) CHECK(ids.insert("member " + vod.id).second);
  return ids;
}

}  // namespace

TEST_CASE("a crawl killed at random moments is completed by the next run with nothing lost") {
  sim::test::SimProcess sim;
  // A little latency so that the kills land in the middle of the crawl.
  add_fault(sim, {{"match", "api.*One"}, {"kind", "latency"}, {"ms", 4}});
  V6Fixture fixture(sim);  // the same store the child processes write
  const auto dataset = dataset_of(sim);
  const auto perf = expected_perf_vods(dataset, kDefaultAppGroups);
  const auto member = expected_member_vods(dataset, kDefaultAppGroups);
  const auto crawl_once = [&] {
    return Poco::Process::launch(
        KVM48_CRAWL_ONCE_BINARY,
        {fixture.backend_plugin(), fixture.backend_yaml(), fixture.source_yaml()});
  };

  std::mt19937 random(Catch::rngSeed());
  std::uniform_int_distribution<int> delay_ms(150, 900);
  std::set<std::string> committed;
  int kills = 0;
  for (int round = 0; round < 6; ++round) {
    Poco::ProcessHandle child = crawl_once();
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
    ::kill(child.id(), SIGKILL);
    kills += child.wait() != 0 ? 1 : 0;
    const auto now = stored_ids(fixture);
    for (const auto& id : committed) CHECK(now.count(id) == 1);
    committed = now;
  }
  CHECK(kills >= 1);

  Poco::ProcessHandle last = crawl_once();
  CHECK(last.wait() == 0);
  check_complete(fixture, sim);
  for (const auto& [key, value] : fixture.checkpoints()) {
    INFO(key);
    CHECK(key.ends_with("/newest_ms"));  // no walk left unfinished
  }
  // Each kill loses at most the details of one page in flight (20 items, and the
  // repeated item at the top of the page the walk resumes on).
  CHECK(served(sim, "api.getOpenLiveOne") + served(sim, "api.getLiveOne") <=
        static_cast<std::int64_t>(perf.size() + member.size()) + 21 * kills);
}
