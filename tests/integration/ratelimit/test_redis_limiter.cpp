#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include <Poco/Redis/Array.h>

#include "limiter_support.hpp"
#include "redis_server.hpp"

using namespace kvm48::ratelimit;
using kvm48::ratelimit::testing::redis_limiter;
using kvm48::ratelimit::testing::RedisServer;

namespace {

Poco::Int64 integer_reply(Poco::Redis::Client& client, std::vector<std::string> words) {
  Poco::Redis::Array command;
  for (const auto& word : words) command << word;
  return client.execute<Poco::Int64>(command);
}

const Strategy kStrategies[] = {Strategy::fixed_window, Strategy::fixed_window_elastic_expiry,
                                Strategy::moving_window};

}  // namespace

TEST_CASE("redis: the limit holds across two limiter instances sharing one Redis",
          "[ratelimit][redis]") {
  RedisServer redis;
  for (auto strategy : kStrategies) {
    auto first = redis_limiter(redis.url(), "3/minute", strategy);
    auto second = redis_limiter(redis.url(), "3/minute", strategy);
    const std::string client = "198.51.100." + std::to_string(static_cast<int>(strategy));
    CHECK(first->hit("/api/graphql", client).allowed);
    CHECK(second->hit("/api/graphql", client).remaining == 1);
    CHECK(first->hit("/api/graphql", client).allowed);
    auto refused = second->hit("/api/graphql", client);
    CHECK_FALSE(refused.allowed);
    CHECK(refused.http_status() == 429);
    CHECK(refused.retry_after >= 1);
    CHECK(refused.retry_after <= 60);
    CHECK_FALSE(first->hit("/api/graphql", client).allowed);
    CHECK(first->hit("/api/graphql", "someone else").allowed);
  }
}

TEST_CASE("redis: concurrent hits from many threads are counted exactly", "[ratelimit][redis]") {
  RedisServer redis;
  for (auto strategy : kStrategies) {
    RedisOptions options;
    options.pool_size = 8;
    options.command_timeout = std::chrono::milliseconds(2000);
    auto limiter = redis_limiter(redis.url(), "250/hour", strategy, FailurePolicy::deny, options);
    // Both fixed-window strategies share counters; a client per strategy keeps them apart.
    const std::string client = "203.0.113." + std::to_string(static_cast<int>(strategy));
    std::atomic<int> allowed{0};
    std::atomic<int> failed{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
      threads.emplace_back([&] {
        for (int i = 0; i < 100; ++i) {
          auto decision = limiter->hit("/api/graphql", client);
          if (decision.storage_failed)
            ++failed;
          else if (decision.allowed)
            ++allowed;
        }
      });
    }
    for (auto& thread : threads) thread.join();
    INFO("strategy " << to_string(strategy));
    CHECK(failed.load() == 0);
    CHECK(allowed.load() == 250);
  }
}

TEST_CASE("redis: keys are namespaced and expire with their window", "[ratelimit][redis]") {
  RedisServer redis;
  redis_limiter(redis.url(), "5/minute")->hit("/api/graphql", "192.0.2.1");
  redis_limiter(redis.url(), "5/minute", Strategy::moving_window)->hit("/api/graphql", "192.0.2.1");
  auto admin = redis.admin();
  const std::string fixed_key = "kvm48:rl:fw:/api/graphql:192.0.2.1:5/1/minute";
  const std::string moving_key = "kvm48:rl:mw:/api/graphql:192.0.2.1:5/1/minute";
  CHECK(integer_reply(*admin, {"EXISTS", fixed_key, moving_key}) == 2);
  for (const auto& key : {fixed_key, moving_key}) {
    auto ttl = integer_reply(*admin, {"PTTL", key});
    CHECK(ttl > 0);
    CHECK(ttl <= 60'000);
  }
  CHECK(integer_reply(*admin, {"DBSIZE"}) == 2);
}

TEST_CASE("redis: a moving window follows the limiter's clock", "[ratelimit][redis]") {
  RedisServer redis;
  auto clock = std::make_shared<ManualClock>(1'700'000'000'000);
  auto limiter = redis_limiter(redis.url(), "2/second", Strategy::moving_window,
                               FailurePolicy::allow, {}, clock);
  CHECK(limiter->hit("r", "c").allowed);
  clock->advance_ms(600);
  CHECK(limiter->hit("r", "c").allowed);
  clock->advance_ms(399);
  auto refused = limiter->hit("r", "c");
  CHECK_FALSE(refused.allowed);
  CHECK(refused.reset_epoch == 1'700'000'001);
  clock->advance_ms(1);  // the first hit leaves the window
  CHECK(limiter->hit("r", "c").allowed);
  CHECK_FALSE(limiter->hit("r", "c").allowed);
}

TEST_CASE("redis: a password and a database number are honoured", "[ratelimit][redis]") {
  RedisServer redis("s3cret-pw");
  auto limiter = redis_limiter(redis.url(3), "1/minute");
  auto decision = limiter->hit("/api/graphql", "192.0.2.9");
  CHECK_FALSE(decision.storage_failed);
  CHECK(decision.allowed);
  CHECK_FALSE(limiter->hit("/api/graphql", "192.0.2.9").allowed);
  CHECK(integer_reply(*redis.admin(3), {"DBSIZE"}) == 1);
  CHECK(integer_reply(*redis.admin(0), {"DBSIZE"}) == 0);
}

TEST_CASE("redis: a wrong password is a storage failure that does not show the password",
          "[ratelimit][redis]") {
  RedisServer redis("right-pw");
  const std::string url = "redis://:wrong-pw@127.0.0.1:" + std::to_string(redis.port()) + "/0";
  auto limiter = redis_limiter(url, "1/minute", Strategy::fixed_window, FailurePolicy::deny);
  auto decision = limiter->hit("r", "c");
  CHECK(decision.storage_failed);
  CHECK(decision.http_status() == 503);
  CHECK_THAT(decision.error, Catch::Contains("AUTH failed") && !Catch::Contains("wrong-pw"));
  auto no_password = redis_limiter("redis://127.0.0.1:" + std::to_string(redis.port()), "1/minute");
  auto refused = no_password->hit("r", "c");
  CHECK(refused.storage_failed);
  CHECK(refused.allowed);  // policy allow
  CHECK_THAT(refused.error, Catch::Contains("NOAUTH"));
}

TEST_CASE("redis: scripts are loaded again after SCRIPT FLUSH (EVALSHA falls back to EVAL)",
          "[ratelimit][redis]") {
  RedisServer redis;
  auto limiter = redis_limiter(redis.url(), "2/minute");
  CHECK(limiter->hit("r", "c").allowed);
  Poco::Redis::Array flush;
  flush << "SCRIPT"
        << "FLUSH";
  redis.admin()->execute<std::string>(flush);
  auto second = limiter->hit("r", "c");
  CHECK_FALSE(second.storage_failed);
  CHECK(second.allowed);
  CHECK(second.remaining == 0);
  CHECK_FALSE(limiter->hit("r", "c").allowed);
}
