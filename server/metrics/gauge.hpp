#pragma once
// A value that goes up and down (in-flight requests, build info). Lock-free.

#include <atomic>

namespace kvm48::metrics {

/// Thread-safe; every operation is one atomic instruction.
class Gauge {
 public:
  void set(double value) noexcept { value_.store(value, std::memory_order_relaxed); }
  void increment(double amount = 1.0) noexcept {
    value_.fetch_add(amount, std::memory_order_relaxed);
  }
  void decrement(double amount = 1.0) noexcept {
    value_.fetch_sub(amount, std::memory_order_relaxed);
  }
  [[nodiscard]] double value() const noexcept { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<double> value_{0.0};
};

}  // namespace kvm48::metrics
