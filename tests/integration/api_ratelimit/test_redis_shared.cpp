// Two server processes sharing one Redis share the budget: the limit holds overall.

#include <catch2/catch.hpp>

#include "limit_support.hpp"
#include "redis_inspect.hpp"
#include "server_process.hpp"

namespace kvm48::test {

TEST_CASE("redis: two servers sharing one Redis refuse the 4th request of 3/minute overall",
          "[api][ratelimit][redis]") {
  const std::string strategy = GENERATE("fixed-window", "moving-window");
  INFO(strategy);
  RedisServer redis;
  const int db = 3;
  LimitYaml yaml;
  yaml.limits = "3/minute";
  yaml.storage = redis.url(db);
  yaml.strategy = strategy;
  ServerProcess first(ServerOptions{rate_limit_yaml(yaml), {}, {}});
  ServerProcess second(ServerOptions{rate_limit_yaml(yaml), {}, {}});
  const int ports[] = {first.port(), second.port()};

  // Alternating: 1st, 2nd, 1st are served, counting down across both processes.
  for (std::uint64_t i = 0; i < 3; ++i) {
    INFO("request " << i + 1 << " to server " << i % 2 + 1);
    const HttpReply reply = limited_post(ports[i % 2]);
    CHECK(reply.status == 200);
    const auto headers = limit_headers(reply);
    REQUIRE(headers.has_value());
    CHECK(headers->limit == 3);
    CHECK(headers->remaining == 2 - i);
  }
  check_refused(limited_post(ports[1]), "3 per 1 minute", 60);
  check_refused(limited_post(ports[0]), "3 per 1 minute", 60);

  // The counter lives in Redis, in the database of the URL, under one key for both.
  const std::string key = std::string("kvm48:rl:") + (strategy == "fixed-window" ? "fw" : "mw") +
                          ":/api/graphql:127.0.0.1:3/1/minute";
  CHECK(rate_limit_keys(redis, db) == std::vector<std::string>{key});
  CHECK(rate_limit_keys(redis, 0).empty());
  if (strategy == "fixed-window") {
    CHECK(redis_get(redis, db, key) == "5");  // refused hits count too, as in `limits`
  } else {
    CHECK(redis_integer(redis, db, "LLEN", key) == 3);  // the sliding log of served hits
  }
  const std::int64_t ttl = redis_integer(redis, db, "PTTL", key);
  CHECK(ttl > 0);
  CHECK(ttl <= 60'000);
  check_clean_exit(first);
  check_clean_exit(second);
}

}  // namespace kvm48::test
