#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "ratelimit/memory_storage.hpp"
#include "ratelimit/rate_limiter.hpp"

using namespace kvm48::ratelimit;

namespace {

// Runs `work(thread_index)` on `threads` threads started together.
template <typename Work>
void run_together(int threads, Work work) {
  std::atomic<bool> go{false};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      while (!go.load()) std::this_thread::yield();
      work(t);
    });
  }
  go.store(true);
  for (auto& thread : pool) thread.join();
}

}  // namespace

TEST_CASE("many threads on one client are allowed exactly the limit", "[ratelimit][concurrency]") {
  for (auto strategy : {Strategy::fixed_window, Strategy::moving_window}) {
    auto clock = std::make_shared<ManualClock>(1'700'000'000'000);
    LimiterConfig config{{RateLimitItem{1000, 1, Granularity::hour}}, strategy};
    RateLimiter limiter(config, std::make_shared<MemoryStorage>(), clock);
    std::atomic<int> allowed{0};
    run_together(8, [&](int) {
      for (int i = 0; i < 500; ++i) {
        if (limiter.hit("/api/graphql", "198.51.100.1").allowed) ++allowed;
      }
    });
    CHECK(allowed.load() == 1000);
  }
}

TEST_CASE("many threads on many clients each get their own exact limit",
          "[ratelimit][concurrency]") {
  auto clock = std::make_shared<ManualClock>(0);
  LimiterConfig config{{RateLimitItem{10, 1, Granularity::minute}}};
  RateLimiter limiter(config, std::make_shared<MemoryStorage>(), clock);
  std::atomic<int> allowed{0};
  run_together(8, [&](int) {
    for (int i = 0; i < 2000; ++i) {
      if (limiter.hit("r", "client" + std::to_string(i % 100)).allowed) ++allowed;
    }
  });
  CHECK(allowed.load() == 100 * 10);
}
