#include <catch2/catch.hpp>

#include "ratelimit/memory_storage.hpp"
#include "ratelimit/parse_limits.hpp"
#include "ratelimit/rate_limiter.hpp"
#include "ratelimit/redis_storage.hpp"

using namespace kvm48::ratelimit;

namespace {

constexpr std::int64_t kStart = 1'700'000'000'000;  // epoch ms, on a second boundary

struct Fixture {
  std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(kStart);
  std::shared_ptr<MemoryStorage> storage = std::make_shared<MemoryStorage>();

  RateLimiter limiter(std::string_view limits, Strategy strategy = Strategy::fixed_window) {
    LimiterConfig config;
    config.limits = std::get<std::vector<RateLimitItem>>(parse_limits(limits));
    config.strategy = strategy;
    return RateLimiter(config, storage, clock);
  }
};

// A real Redis storage aimed at a port nobody listens on: connection refused, at once.
std::shared_ptr<Storage> unreachable_redis() {
  RedisUrl url;
  url.host = "127.0.0.1";
  url.port = 1;
  return std::make_shared<RedisStorage>(url, RedisOptions{});
}

}  // namespace

TEST_CASE("headers of an allowed hit: limit, remaining, reset in epoch seconds",
          "[ratelimit][limiter]") {
  Fixture f;
  auto limiter = f.limiter("3/minute");
  auto decision = limiter.hit("/api/graphql", "198.51.100.1");
  CHECK(decision.allowed);
  CHECK(decision.has_headers);
  CHECK(decision.http_status() == 200);
  CHECK(decision.limit == 3);
  CHECK(decision.remaining == 2);
  CHECK(decision.reset_epoch == kStart / 1000 + 60);
  CHECK(decision.retry_after == 0);
  CHECK(decision.limit_text == "3 per 1 minute");
}

TEST_CASE("a breach is 429 with Retry-After until the window ends", "[ratelimit][limiter]") {
  Fixture f;
  auto limiter = f.limiter("1/second");
  CHECK(limiter.hit("/api/graphql", "a").allowed);
  f.clock->advance_ms(300);
  auto refused = limiter.hit("/api/graphql", "a");
  CHECK_FALSE(refused.allowed);
  CHECK(refused.http_status() == 429);
  CHECK(refused.remaining == 0);
  CHECK(refused.retry_after == 1);  // 700 ms left, rounded up
  CHECK(refused.reset_epoch == kStart / 1000 + 1);
  f.clock->advance_ms(700);
  CHECK(limiter.hit("/api/graphql", "a").allowed);
}

TEST_CASE("clients and routes are counted apart", "[ratelimit][limiter]") {
  Fixture f;
  auto limiter = f.limiter("1/second");
  CHECK(limiter.hit("/api/graphql", "a").allowed);
  CHECK(limiter.hit("/api/graphql", "b").allowed);
  CHECK(limiter.hit("/other", "a").allowed);
  CHECK_FALSE(limiter.hit("/api/graphql", "a").allowed);
}

TEST_CASE("with several limits the breached one is reported", "[ratelimit][limiter]") {
  Fixture f;
  auto limiter = f.limiter("5/second; 2/minute");
  CHECK(limiter.hit("r", "c").allowed);
  CHECK(limiter.hit("r", "c").allowed);
  auto refused = limiter.hit("r", "c");
  CHECK_FALSE(refused.allowed);
  CHECK(refused.limit == 2);
  CHECK(refused.limit_text == "2 per 1 minute");
  CHECK(refused.retry_after == 60);
}

TEST_CASE("with several limits an allowed hit reports the one with fewest remaining",
          "[ratelimit][limiter]") {
  Fixture f;
  auto limiter = f.limiter("10/minute; 2/second");  // written out of order on purpose
  auto first = limiter.hit("r", "c");
  CHECK(first.limit == 2);
  CHECK(first.remaining == 1);
  f.clock->advance_ms(1000);
  for (int i = 0; i < 7; ++i) {
    limiter.hit("r", "c");
    f.clock->advance_ms(1000);
  }
  auto later = limiter.hit("r", "c");  // 9th hit this minute: 1 left of 10, 1 left of 2
  CHECK(later.allowed);
  CHECK(later.remaining == 1);
  CHECK(later.limit == 2);  // tie: the shorter window
  f.clock->advance_ms(1000);
  auto last = limiter.hit("r", "c");  // 10th this minute: 0 left of 10, 1 left of 2
  CHECK(last.limit == 10);
  CHECK(last.remaining == 0);
}

TEST_CASE("moving window through the limiter: no burst at a window edge", "[ratelimit][limiter]") {
  Fixture f;
  auto fixed = f.limiter("2/second", Strategy::fixed_window);
  auto moving = f.limiter("2/second", Strategy::moving_window);
  f.clock->advance_ms(900);
  CHECK(fixed.hit("r", "c").allowed);
  CHECK(fixed.hit("r", "c").allowed);
  CHECK(moving.hit("r", "c").allowed);
  CHECK(moving.hit("r", "c").allowed);
  f.clock->advance_ms(200);  // 1100: a new fixed window opened at 1900 only, moving still full
  CHECK_FALSE(fixed.hit("r", "c").allowed);
  auto refused = moving.hit("r", "c");
  CHECK_FALSE(refused.allowed);
  CHECK(refused.reset_epoch == (kStart + 1900) / 1000 + 1);
  f.clock->advance_ms(800);  // 1900: both hits at 900 left the moving window
  CHECK(moving.hit("r", "c").allowed);
}

TEST_CASE("strategies keep separate counters for the same client", "[ratelimit][limiter]") {
  Fixture f;
  auto fixed = f.limiter("1/second", Strategy::fixed_window);
  auto moving = f.limiter("1/second", Strategy::moving_window);
  CHECK(fixed.hit("r", "c").allowed);
  CHECK(moving.hit("r", "c").allowed);
}

TEST_CASE("a storage failure under policy allow serves without headers", "[ratelimit][limiter]") {
  LimiterConfig config{{RateLimitItem{}}, Strategy::fixed_window, FailurePolicy::allow, "kvm48:rl"};
  RateLimiter limiter(config, unreachable_redis());
  auto decision = limiter.hit("r", "c");
  CHECK(decision.allowed);
  CHECK(decision.storage_failed);
  CHECK_FALSE(decision.has_headers);
  CHECK(decision.http_status() == 200);
  CHECK_THAT(decision.error,
             Catch::Contains("redis redis://127.0.0.1:1/0") && Catch::Contains("connect failed"));
}

TEST_CASE("a storage failure under policy deny is 503", "[ratelimit][limiter]") {
  LimiterConfig config{{RateLimitItem{}}, Strategy::moving_window, FailurePolicy::deny, "kvm48:rl"};
  RateLimiter limiter(config, unreachable_redis());
  auto decision = limiter.hit("r", "c");
  CHECK_FALSE(decision.allowed);
  CHECK(decision.storage_failed);
  CHECK(decision.http_status() == 503);
  CHECK(decision.retry_after == 1);
}

TEST_CASE("storage health is reported, never thrown", "[ratelimit][limiter]") {
  Fixture f;
  CHECK(f.limiter("1/second").check_storage().ok);
  LimiterConfig config{{RateLimitItem{}}, Strategy::fixed_window, FailurePolicy::allow, "kvm48:rl"};
  RateLimiter down(config, unreachable_redis());
  auto health = down.check_storage();
  CHECK_FALSE(health.ok);
  CHECK_THAT(health.error, Catch::Contains("127.0.0.1:1"));
}

TEST_CASE("a limiter without limits or storage is refused at construction",
          "[ratelimit][limiter]") {
  CHECK_THROWS_AS(RateLimiter(LimiterConfig{}, std::make_shared<MemoryStorage>()),
                  std::invalid_argument);
  CHECK_THROWS_AS(RateLimiter(LimiterConfig{{RateLimitItem{}}}, nullptr), std::invalid_argument);
}
