#include <catch2/catch.hpp>

#include "metrics/registry.hpp"

using namespace kvm48::metrics;

TEST_CASE("asking for a family again returns the same one", "[metrics][registry]") {
  Registry registry;
  auto& first = registry.counter("c_total", "help", {"a"});
  auto& second = registry.counter("c_total", "other help text", {"a"});
  CHECK(&first == &second);
  auto& h1 = registry.histogram("h", "help", {1, 2});
  CHECK(&h1 == &registry.histogram("h", "help", {1, 2}));
}

TEST_CASE("a name registered differently is refused", "[metrics][registry]") {
  Registry registry;
  registry.counter("x", "help", {"a"});
  CHECK_THROWS_WITH(registry.gauge("x", "help", {"a"}), Catch::Contains("already registered"));
  CHECK_THROWS_WITH(registry.counter("x", "help", {"b"}), Catch::Contains("already registered"));
  registry.histogram("h", "help", {1});
  CHECK_THROWS_WITH(registry.histogram("h", "help", {2}), Catch::Contains("already registered"));
}

TEST_CASE("names that a histogram writes cannot be taken by another family",
          "[metrics][registry]") {
  Registry registry;
  registry.histogram("latency", "help", {1});
  CHECK_THROWS_WITH(registry.counter("latency_count", "help"),
                    Catch::Contains("clashes with 'latency'"));
  CHECK_THROWS_WITH(registry.gauge("latency_sum", "help"), Catch::Contains("latency_sum"));
  registry.counter("errors_bucket", "help");
  CHECK_THROWS_WITH(registry.histogram("errors", "help", {1}), Catch::Contains("clashes"));
}

TEST_CASE("a child is found by its label values, the same one each time", "[metrics][registry]") {
  Registry registry;
  auto& family = registry.counter("c_total", "help", {"route", "status"});
  auto& child = family.with({"/a", "200"});
  child.increment();
  family.with({"/a", "200"}).increment(2);
  CHECK(&child == &family.with({"/a", "200"}));
  CHECK(child.value() == 3);
  CHECK(family.with({"/a", "500"}).value() == 0);
}

TEST_CASE("the wrong number of label values is an error", "[metrics][registry]") {
  Registry registry;
  auto& family = registry.counter("c_total", "help", {"route", "status"});
  CHECK_THROWS_WITH(family.with({"/a"}), Catch::Contains("has 2 labels, got 1 values"));
  CHECK_THROWS_WITH(family.get(), Catch::Contains("has 2 labels, got 0 values"));
}

TEST_CASE("counters never go down, gauges do", "[metrics][registry]") {
  Registry registry;
  auto& counter = registry.counter("c_total", "help").get();
  counter.increment(5);
  counter.increment(-1);
  counter.increment(std::nan(""));
  CHECK(counter.value() == 5);
  auto& gauge = registry.gauge("g", "help").get();
  gauge.increment(5);
  gauge.decrement(7);
  CHECK(gauge.value() == -2);
}
