#include <catch2/catch.hpp>

#include <chrono>

#include "limiter_support.hpp"
#include "redis_server.hpp"

using namespace kvm48::ratelimit;
using kvm48::ratelimit::testing::redis_limiter;
using kvm48::ratelimit::testing::RedisServer;

namespace {

RedisOptions short_timeouts() {
  RedisOptions options;
  options.connect_timeout = std::chrono::milliseconds(200);
  options.command_timeout = std::chrono::milliseconds(200);
  options.retry_interval = std::chrono::milliseconds(0);  // try Redis on every hit
  return options;
}

// Runs one hit and returns it with how long it took.
std::pair<Decision, std::chrono::milliseconds> timed_hit(RateLimiter& limiter) {
  const auto start = std::chrono::steady_clock::now();
  auto decision = limiter.hit("/api/graphql", "192.0.2.1");
  return {decision, std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start)};
}

}  // namespace

TEST_CASE("redis stopped: policy allow serves without limiting, quickly", "[ratelimit][redis]") {
  RedisServer redis;
  auto limiter = redis_limiter(redis.url(), "1/minute", Strategy::fixed_window,
                               FailurePolicy::allow, short_timeouts());
  CHECK(limiter->hit("/api/graphql", "192.0.2.1").allowed);
  redis.stop();
  auto [decision, took] = timed_hit(*limiter);
  CHECK(decision.allowed);
  CHECK(decision.storage_failed);
  CHECK_FALSE(decision.has_headers);
  CHECK(took < std::chrono::seconds(5));
  CHECK_FALSE(limiter->check_storage().ok);
}

TEST_CASE("redis stopped: policy deny answers 503, quickly", "[ratelimit][redis]") {
  RedisServer redis;
  auto limiter = redis_limiter(redis.url(), "10/minute", Strategy::moving_window,
                               FailurePolicy::deny, short_timeouts());
  CHECK(limiter->hit("/api/graphql", "192.0.2.1").allowed);
  redis.stop();
  auto [decision, took] = timed_hit(*limiter);
  CHECK_FALSE(decision.allowed);
  CHECK(decision.http_status() == 503);
  CHECK_THAT(decision.error, Catch::Contains("127.0.0.1:" + std::to_string(redis.port())));
  CHECK(took < std::chrono::seconds(5));
}

TEST_CASE("redis frozen (accepts, never answers): the command timeout applies",
          "[ratelimit][redis]") {
  RedisServer redis;
  auto limiter = redis_limiter(redis.url(), "10/minute", Strategy::fixed_window,
                               FailurePolicy::deny, short_timeouts());
  CHECK(limiter->hit("/api/graphql", "192.0.2.1").allowed);  // a pooled connection exists
  redis.freeze();
  auto [pooled, pooled_took] = timed_hit(*limiter);
  CHECK(pooled.http_status() == 503);
  CHECK(pooled_took < std::chrono::seconds(5));
  // The timed-out connection was dropped: the next hit opens a new one, which also times out.
  auto [fresh, fresh_took] = timed_hit(*limiter);
  CHECK(fresh.http_status() == 503);
  CHECK(fresh_took < std::chrono::seconds(5));
  auto health_start = std::chrono::steady_clock::now();
  CHECK_FALSE(limiter->check_storage().ok);
  CHECK(std::chrono::steady_clock::now() - health_start < std::chrono::seconds(5));
  redis.thaw();
}

TEST_CASE("redis back after an outage: limiting resumes", "[ratelimit][redis]") {
  RedisServer redis;
  auto limiter = redis_limiter(redis.url(), "1/minute", Strategy::fixed_window,
                               FailurePolicy::allow, short_timeouts());
  CHECK(limiter->hit("r", "c").allowed);
  redis.stop();
  CHECK(limiter->hit("r", "c").storage_failed);
  redis.start();  // empty again: no persistence
  CHECK(limiter->check_storage().ok);
  auto first = limiter->hit("r", "c");
  CHECK_FALSE(first.storage_failed);
  CHECK(first.allowed);
  CHECK_FALSE(limiter->hit("r", "c").allowed);
}

TEST_CASE("after a failed connect, hits fail fast for the retry interval", "[ratelimit][redis]") {
  RedisServer redis;
  auto options = short_timeouts();
  options.retry_interval = std::chrono::minutes(10);
  auto limiter =
      redis_limiter(redis.url(), "1/minute", Strategy::fixed_window, FailurePolicy::allow, options);
  redis.stop();
  CHECK(limiter->hit("r", "c").storage_failed);
  redis.start();
  auto skipped = limiter->hit("r", "c");  // Redis is back, but the interval has not passed
  CHECK(skipped.storage_failed);
  CHECK_THAT(skipped.error, Catch::Contains("recent failure"));
  CHECK(limiter->check_storage().ok);  // /ready always asks Redis, and clears the interval
  CHECK_FALSE(limiter->hit("r", "c").storage_failed);
}

TEST_CASE("a Redis restart between hits costs no request: stale connections are replaced",
          "[ratelimit][redis]") {
  RedisServer redis;
  RedisOptions options;  // defaults: a 1 s retry interval that a failure would start
  options.pool_size = 2;
  auto limiter =
      redis_limiter(redis.url(), "1/minute", Strategy::fixed_window, FailurePolicy::deny, options);
  CHECK(limiter->hit("r", "c").allowed);
  redis.stop();
  redis.start();  // the pooled connection is now closed by the old server
  auto first = limiter->hit("r", "c");
  CHECK_FALSE(first.storage_failed);
  CHECK(first.allowed);  // a fresh Redis: counters start again
  CHECK(limiter->hit("r", "c").http_status() == 429);
}
