#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "metrics/histogram.hpp"

using namespace kvm48::metrics;

TEST_CASE("observations land in the first bucket whose bound is >= the value",
          "[metrics][histogram]") {
  Histogram histogram({1, 2, 5});
  for (double v : {0.5, 1.0, 1.5, 2.0, 4.9, 5.0, 5.1, 100.0, -3.0}) histogram.observe(v);
  auto snapshot = histogram.snapshot();
  CHECK(snapshot.cumulative == std::vector<std::uint64_t>{3, 5, 7, 9});
  CHECK(snapshot.count == 9);
  CHECK(snapshot.sum == Approx(117.0));
}

TEST_CASE("NaN observations are ignored, infinities go to +Inf", "[metrics][histogram]") {
  Histogram histogram({1});
  histogram.observe(std::nan(""));
  histogram.observe(std::numeric_limits<double>::infinity());
  auto snapshot = histogram.snapshot();
  CHECK(snapshot.cumulative == std::vector<std::uint64_t>{0, 1});
}

TEST_CASE("bucket bounds must be finite and strictly increasing", "[metrics][histogram]") {
  CHECK_THROWS_WITH(Histogram({1, 1}), Catch::Contains("strictly increasing"));
  CHECK_THROWS_WITH(Histogram({2, 1}), Catch::Contains("strictly increasing"));
  CHECK_THROWS_WITH(Histogram({1, std::numeric_limits<double>::infinity()}),
                    Catch::Contains("+Inf is implicit"));
  CHECK_THROWS_WITH(Histogram({std::nan("")}), Catch::Contains("finite"));
  CHECK_NOTHROW(Histogram({}));  // only +Inf
}

TEST_CASE("the default latency buckets are valid and span 0.5 ms to 10 s", "[metrics][histogram]") {
  auto buckets = default_latency_buckets();
  CHECK_NOTHROW(Histogram(buckets));
  CHECK(buckets.front() == 0.0005);
  CHECK(buckets.back() == 10);
}
