#include <catch2/catch.hpp>

#include "ratelimit/memory_storage.hpp"

using namespace kvm48::ratelimit;

TEST_CASE("fixed window counts hits from the first one and resets after the window",
          "[ratelimit][memory]") {
  MemoryStorage storage;
  auto first = storage.hit_fixed_window("k", 2, 1000, false, 10'000);
  CHECK(first.allowed);
  CHECK(first.count == 1);
  CHECK(first.reset_ms == 11'000);
  CHECK(storage.hit_fixed_window("k", 2, 1000, false, 10'500).allowed);
  auto third = storage.hit_fixed_window("k", 2, 1000, false, 10'999);
  CHECK_FALSE(third.allowed);
  CHECK(third.count == 3);  // counted even when refused, as limits does
  CHECK(third.reset_ms == 11'000);
  auto next = storage.hit_fixed_window("k", 2, 1000, false, 11'000);
  CHECK(next.allowed);
  CHECK(next.count == 1);
  CHECK(next.reset_ms == 12'000);
}

TEST_CASE("elastic expiry restarts the window on every hit", "[ratelimit][memory]") {
  MemoryStorage storage;
  CHECK(storage.hit_fixed_window("k", 1, 1000, true, 0).allowed);
  auto refused = storage.hit_fixed_window("k", 1, 1000, true, 900);
  CHECK_FALSE(refused.allowed);
  CHECK(refused.reset_ms == 1900);
  CHECK_FALSE(storage.hit_fixed_window("k", 1, 1000, true, 1800).allowed);  // kept hammering
  CHECK(storage.hit_fixed_window("k", 1, 1000, true, 2800).allowed);        // one quiet window
}

TEST_CASE("moving window frees a slot exactly one window after each hit", "[ratelimit][memory]") {
  MemoryStorage storage;
  CHECK(storage.hit_moving_window("k", 2, 1000, 0).allowed);
  auto second = storage.hit_moving_window("k", 2, 1000, 600);
  CHECK(second.allowed);
  CHECK(second.count == 2);
  CHECK(second.reset_ms == 1000);
  auto refused = storage.hit_moving_window("k", 2, 1000, 999);
  CHECK_FALSE(refused.allowed);
  CHECK(refused.count == 2);
  CHECK(refused.reset_ms == 1000);
  CHECK(storage.hit_moving_window("k", 2, 1000, 1000).allowed);  // the hit at 0 left
  auto again = storage.hit_moving_window("k", 2, 1000, 1500);
  CHECK_FALSE(again.allowed);  // 600 and 1000 still inside
  CHECK(again.reset_ms == 1600);
}

TEST_CASE("a refused moving-window hit is not recorded", "[ratelimit][memory]") {
  MemoryStorage storage;
  CHECK(storage.hit_moving_window("k", 1, 1000, 0).allowed);
  for (int t = 100; t < 1000; t += 100)
    CHECK_FALSE(storage.hit_moving_window("k", 1, 1000, t).allowed);
  CHECK(storage.hit_moving_window("k", 1, 1000, 1000).allowed);
}

TEST_CASE("an amount of zero refuses every hit", "[ratelimit][memory]") {
  MemoryStorage storage;
  CHECK_FALSE(storage.hit_fixed_window("f", 0, 1000, false, 0).allowed);
  auto moving = storage.hit_moving_window("m", 0, 1000, 0);
  CHECK_FALSE(moving.allowed);
  CHECK(moving.reset_ms == 1000);
}

TEST_CASE("keys are independent", "[ratelimit][memory]") {
  MemoryStorage storage;
  CHECK(storage.hit_fixed_window("a", 1, 1000, false, 0).allowed);
  CHECK(storage.hit_fixed_window("b", 1, 1000, false, 0).allowed);
  CHECK_FALSE(storage.hit_fixed_window("a", 1, 1000, false, 1).allowed);
}

TEST_CASE("idle keys are swept once their window is over", "[ratelimit][memory]") {
  MemoryStorage storage;
  for (int i = 0; i < 5000; ++i)
    storage.hit_fixed_window("idle" + std::to_string(i), 5, 1000, false, 0);
  CHECK(storage.key_count() == 5000);
  // Later traffic on one key sweeps the expired ones as a side effect.
  for (int i = 0; i < 20'000; ++i) storage.hit_fixed_window("busy", 1'000'000, 60'000, false, 2000);
  CHECK(storage.key_count() < 100);
}

TEST_CASE("memory stays bounded under a flood of distinct clients", "[ratelimit][memory]") {
  MemoryStorage storage(1600);  // 100 keys per shard
  for (int i = 0; i < 50'000; ++i) {
    storage.hit_moving_window("client" + std::to_string(i), 10, 3'600'000, i);
  }
  CHECK(storage.key_count() <= 1600);
  // The newest clients are still limited: what is forgotten first is what expires first.
  CHECK(storage.hit_moving_window("client49999", 1, 3'600'000, 50'000).allowed == false);
}
