#pragma once
// Observations counted into buckets (request latency). Observe takes no lock.

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace kvm48::metrics {

/// Bucket upper bounds, strictly increasing and finite; the +Inf bucket is implicit.
using BucketBounds = std::vector<double>;

/// Latency buckets in seconds, from 0.5 ms to 10 s (for an API that answers in ms).
BucketBounds default_latency_buckets();

/// A point-in-time copy of a histogram, buckets cumulative as the text format wants them.
struct HistogramSnapshot {
  BucketBounds bounds;
  std::vector<std::uint64_t> cumulative;  ///< one per bound, then one for +Inf (== count)
  double sum = 0.0;
  std::uint64_t count = 0;
};

/// Thread-safe. observe() is a binary search and two atomic adds; a snapshot taken while
/// observations land may see one in its bucket but not yet in the sum (as prometheus-cpp).
class Histogram {
 public:
  /// Throws std::invalid_argument when the bounds are not strictly increasing or not finite.
  explicit Histogram(BucketBounds bounds);

  /// Counts `value` in the first bucket whose bound is >= value (+Inf when none is). NaN is
  /// ignored.
  void observe(double value) noexcept;
  [[nodiscard]] HistogramSnapshot snapshot() const;

 private:
  BucketBounds bounds_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> counts_;  // per bucket, +Inf last; not cumulative
  std::atomic<double> sum_{0.0};
};

}  // namespace kvm48::metrics
