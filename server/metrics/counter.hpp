#pragma once
// A value that only goes up (requests served, rejections). Lock-free.

#include <atomic>

namespace kvm48::metrics {

/// Thread-safe; increment is one atomic add.
class Counter {
 public:
  /// Adds `amount` (default 1). A negative or NaN amount is ignored: counters never go down.
  void increment(double amount = 1.0) noexcept {
    if (!(amount >= 0.0)) return;
    value_.fetch_add(amount, std::memory_order_relaxed);
  }
  [[nodiscard]] double value() const noexcept { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<double> value_{0.0};
};

}  // namespace kvm48::metrics
