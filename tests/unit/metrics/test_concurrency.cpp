#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "metrics/registry.hpp"
#include "metrics/text_serializer.hpp"

using namespace kvm48::metrics;

namespace {

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

TEST_CASE("many threads incrementing one counter give the exact total", "[metrics][concurrency]") {
  Registry registry;
  auto& counter = registry.counter("c_total", "help").get();
  run_together(8, [&](int) {
    for (int i = 0; i < 100'000; ++i) counter.increment();
  });
  CHECK(counter.value() == 800'000);
}

TEST_CASE("many threads observing one histogram give exact counts and sum",
          "[metrics][concurrency]") {
  Registry registry;
  auto& histogram = registry.histogram("h", "help", {1, 10}).get();
  run_together(8, [&](int t) {
    for (int i = 0; i < 50'000; ++i) histogram.observe(t % 2 == 0 ? 0.5 : 5.0);
  });
  auto snapshot = histogram.snapshot();
  CHECK(snapshot.cumulative == std::vector<std::uint64_t>{200'000, 400'000, 400'000});
  CHECK(snapshot.sum == 200'000 * 0.5 + 200'000 * 5.0);
}

TEST_CASE("children created from many threads at once are one per label set, none lost",
          "[metrics][concurrency]") {
  Registry registry;
  auto& family = registry.counter("c_total", "help", {"route"});
  run_together(8, [&](int) {
    for (int i = 0; i < 20'000; ++i) family.with({"/r" + std::to_string(i % 50)}).increment();
  });
  auto families = registry.collect();
  REQUIRE(families.size() == 1);
  CHECK(families[0].samples.size() == 50);
  double total = 0;
  for (const auto& sample : families[0].samples) total += sample.value;
  CHECK(total == 160'000);
}

TEST_CASE("scraping while other threads update does not block or crash them",
          "[metrics][concurrency]") {
  Registry registry;
  auto& family = registry.counter("c_total", "help", {"route"});
  std::atomic<bool> done{false};
  std::atomic<int> scrapes{0};
  std::thread scraper([&] {  // Catch2 assertions are not thread-safe: count, check later
    do {
      if (serialize_text(registry).starts_with("# HELP c_total help\n")) ++scrapes;
    } while (!done.load());
  });
  run_together(4, [&](int t) {
    for (int i = 0; i < 20'000; ++i) family.with({std::to_string(t)}).increment();
  });
  done.store(true);
  scraper.join();
  CHECK(scrapes.load() > 0);
  for (int t = 0; t < 4; ++t) CHECK(family.with({std::to_string(t)}).value() == 20'000);
}
