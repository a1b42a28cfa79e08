// Two `kvm48-server run` instances behind nginx, sharing PostgreSQL and Redis: both serve,
// one crawls, the limit is one, and the crawl moves on when the crawler is killed.

#include <signal.h>

#include <catch2/catch.hpp>

#include "scale_out_fixture.hpp"
#include "source_client.hpp"

namespace kvm48::test {
namespace {

constexpr const char* kQuery = "{ __typename }";
const std::string kGraphqlOk =
    R"(kvm48_http_requests_total{route="/api/graphql",method="POST",status="200"})";
const std::string kRefused = R"(kvm48_ratelimit_rejections_total{route="/api/graphql"})";

/// Waits until one instance has crawled and the other has skipped a run; the crawler's index.
int crawler_of(ScaleOut& layout) {
  int crawler = -1;
  const bool settled = eventually(60, [&] {
    for (int i : {0, 1}) {
      if (runs(layout.instance(i), "success") >= 1 && runs(layout.instance(1 - i), "skipped") >= 1)
        crawler = i;
    }
    return crawler >= 0;
  });
  INFO("first instance:\n"
       << layout.instance(0).log() << "\nsecond:\n"
       << layout.instance(1).log());
  REQUIRE(settled);
  return crawler;
}

}  // namespace

TEST_CASE("scale-out: both instances serve through nginx and share one rate limit", "[scale_out]") {
  ScaleOut layout;
  const int port = layout.nginx_port();
  // Four clients, one request each: nginx takes turns.
  for (const char* client : {"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"}) {
    CHECK(graphql_from(client, port, kQuery).status == 200);
  }
  CHECK(metric(layout.instance(0), kGraphqlOk) >= 1);
  CHECK(metric(layout.instance(1), kGraphqlOk) >= 1);
  // One client, twice the limit: exactly the limit is allowed in all, although each instance
  // alone answered fewer requests than that.
  int allowed = 0, refused = 0;
  for (int i = 0; i < 2 * kHourlyLimit; ++i) {
    const int status = graphql_from("127.0.0.6", port, kQuery).status;
    allowed += status == 200;
    refused += status == 429;
  }
  CHECK(allowed == kHourlyLimit);
  CHECK(refused == kHourlyLimit);
  CHECK(metric(layout.instance(0), kRefused) >= 1);
  CHECK(metric(layout.instance(1), kRefused) >= 1);
  // The other clients kept their own budgets.
  CHECK(graphql_from("127.0.0.2", port, kQuery).header("x-ratelimit-remaining") ==
        std::to_string(kHourlyLimit - 2));
}

TEST_CASE("scale-out: one instance crawls, a killed crawler hands over, no record lost or doubled",
          "[scale_out]") {
  ScaleOut layout;
  const int crawler = crawler_of(layout);
  ServerProcess& first = layout.instance(crawler);
  ServerProcess& second = layout.instance(1 - crawler);
  const bool stored_all =
      eventually(30, [&] { return layout.stored_ids() == layout.expected_ids(); });
  INFO(difference(layout.stored_ids(), layout.expected_ids()));
  REQUIRE(stored_all);
  CHECK(layout.stored_ids().size() > 100);
  CHECK(runs(second, "success") == -1);  // never ran
  CHECK_THAT(first.log(), Catch::Contains("this instance holds the crawl lock and crawls"));
  CHECK_THAT(second.log(), Catch::Contains("another kvm48-server holds the crawl lock"));

  // SIGKILL: no clean-up, the lock goes with the process's database session.
  first.stop(SIGKILL);
  // nginx stops sending requests to the dead instance and keeps answering.
  for (int i = 0; i < 4; ++i)
    CHECK(graphql_from("127.0.0.2", layout.nginx_port(), kQuery).status == 200);
  // The survivor takes the lock at its next tick: within one interval (slack for slow builds).
  INFO("survivor's log:\n" << second.log());
  REQUIRE(eventually(kIntervalSeconds + 50, [&] { return runs(second, "success") >= 1; }));
  CHECK_THAT(second.log(), Catch::Contains("this instance holds the crawl lock and crawls"));
  CHECK(layout.stored_ids() == layout.expected_ids());

  // New VODs upstream: the survivor's next incremental crawl stores exactly them.
  const auto before = layout.stored_ids();
  layout.sim().control("POST", "/_sim/publish", {{"perf", 7}, {"member", 0}, {"clubs", {1, 3}}});
  const auto expected = layout.expected_ids();
  REQUIRE(expected.size() == before.size() + 7);
  CHECK(eventually(kIntervalSeconds + 50, [&] { return layout.stored_ids() == expected; }));
  CHECK_FALSE(layout.finished_runs_overlap());
}

}  // namespace kvm48::test
