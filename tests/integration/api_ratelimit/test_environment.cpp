// The original server's environment variables: RATELIMIT_STORAGE_URL (non-empty: limiting
// on, with that storage) and RATELIMIT (the limits, default 1/second), over the YAML.

#include <catch2/catch.hpp>

#include <chrono>

#include "limit_support.hpp"
#include "redis_inspect.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

using Catch::Matchers::Contains;

constexpr int kDb = 15;

}  // namespace

TEST_CASE("env: RATELIMIT_STORAGE_URL alone turns limiting on with the default 1/second",
          "[api][ratelimit][redis][env]") {
  RedisServer redis;
  ServerProcess server(ServerOptions{{}, {{"RATELIMIT_STORAGE_URL", redis.url(kDb)}}, {}});
  const std::int64_t before = epoch_seconds();
  const HttpReply first = limited_post(server.port());
  CHECK(first.status == 200);
  const auto headers = limit_headers(first);
  REQUIRE(headers.has_value());
  CHECK(headers->limit == 1);
  CHECK(headers->remaining == 0);
  CHECK(headers->reset >= before + 1);
  CHECK(headers->reset <= epoch_seconds() + 2);
  // Three requests inside one second meet at most two one-second windows, so one of them
  // is refused whatever the phase of the clock. A slower attempt proves nothing; repeat.
  bool proved = false;
  for (int attempt = 0; attempt < 5 && !proved; ++attempt) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<HttpReply> replies;
    for (int i = 0; i < 3; ++i) replies.push_back(limited_post(server.port()));
    if (std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(950)) continue;
    proved = true;
    int refusals = 0;
    for (const HttpReply& reply : replies) {
      if (reply.status != 429) {
        CHECK(reply.status == 200);
        continue;
      }
      ++refusals;
      check_refused(reply, "1 per 1 second", 1);
      CHECK(limit_headers(reply).value().limit == 1);
    }
    CHECK(refusals >= 1);
  }
  REQUIRE(proved);
  check_clean_exit(server);
}

TEST_CASE("env: RATELIMIT gives the limits and the counters live in the URL's Redis database",
          "[api][ratelimit][redis][env]") {
  RedisServer redis;
  ServerProcess server(ServerOptions{
      {}, {{"RATELIMIT_STORAGE_URL", redis.url(kDb)}, {"RATELIMIT", "3 per minute"}}, {}});
  for (std::uint64_t i = 0; i < 3; ++i) {
    const auto headers = limit_headers(limited_post(server.port()));
    REQUIRE(headers.has_value());
    CHECK(headers->limit == 3);
    CHECK(headers->remaining == 2 - i);
  }
  check_refused(limited_post(server.port()), "3 per 1 minute", 60);
  const std::string key = "kvm48:rl:fw:/api/graphql:127.0.0.1:3/1/minute";
  CHECK(rate_limit_keys(redis, kDb) == std::vector<std::string>{key});
  CHECK(redis_get(redis, kDb, key) == "4");
  CHECK(rate_limit_keys(redis, 0).empty());
}

TEST_CASE("env: the variables apply over the YAML's storage and limits",
          "[api][ratelimit][redis][env]") {
  RedisServer redis;
  LimitYaml yaml;
  yaml.limits = "10/minute";
  ServerProcess server(
      ServerOptions{rate_limit_yaml(yaml),
                    {{"RATELIMIT_STORAGE_URL", redis.url(kDb)}, {"RATELIMIT", "2/minute"}},
                    {}});
  CHECK(limit_headers(limited_post(server.port())).value().limit == 2);
  CHECK(limited_post(server.port()).status == 200);
  check_refused(limited_post(server.port()), "2 per 1 minute", 60);
  CHECK(rate_limit_keys(redis, kDb) ==
        std::vector<std::string>{"kvm48:rl:fw:/api/graphql:127.0.0.1:2/1/minute"});
}

TEST_CASE("env: RATELIMIT alone or an empty RATELIMIT_STORAGE_URL leaves limiting off",
          "[api][ratelimit][env]") {
  const std::map<std::string, std::string> environment =
      GENERATE(std::map<std::string, std::string>{{"RATELIMIT", "1/minute"}},
               std::map<std::string, std::string>{{"RATELIMIT_STORAGE_URL", ""}});
  INFO("environment: " << environment.begin()->first << "=" << environment.begin()->second);
  ServerProcess server(ServerOptions{{}, environment, {}});
  for (int i = 0; i < 3; ++i) {
    const HttpReply reply = limited_post(server.port());
    CHECK(reply.status == 200);
    CHECK(has_no_limit_headers(reply));
  }
}

TEST_CASE("env: a bad RATELIMIT stops the server from starting (exit 78 naming RATELIMIT)",
          "[api][ratelimit][env]") {
  const std::string limits = GENERATE("often", "10/fortnight", "5 per", "1/second;;2/minute");
  INFO("RATELIMIT=" << limits);
  const std::map<std::string, std::string> environment{{"RATELIMIT_STORAGE_URL", "memory://"},
                                                       {"RATELIMIT", limits}};
  REQUIRE_THROWS_WITH(
      ServerProcess(ServerOptions{{}, environment, {}}),
      Contains("exited with status 78") && Contains("RATELIMIT: ") && Contains(limits));
}

TEST_CASE("env: a bad RATELIMIT_STORAGE_URL stops the server from starting (exit 78)",
          "[api][ratelimit][env]") {
  const std::string url = GENERATE("memcached://127.0.0.1:11211", "redis://127.0.0.1:notaport");
  INFO("RATELIMIT_STORAGE_URL=" << url);
  REQUIRE_THROWS_WITH(ServerProcess(ServerOptions{{}, {{"RATELIMIT_STORAGE_URL", url}}, {}}),
                      Contains("exited with status 78") && Contains("RATELIMIT_STORAGE_URL: "));
}

}  // namespace kvm48::test
