#pragma once
// A stop request that sleeping and waiting code can observe promptly.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace kvm48::host {

/// Set once (by a signal handler thread, a run budget, shutdown) and observed by
/// the crawl. Threads: any.
class Cancellation {
 public:
  void cancel() noexcept;
  [[nodiscard]] bool cancelled() const noexcept {
    return cancelled_.load(std::memory_order_acquire);
  }
  /// Sleeps for `duration` or until cancelled; returns false if cancelled.
  bool sleep_for(std::chrono::milliseconds duration) const;

 private:
  std::atomic<bool> cancelled_{false};
  mutable std::mutex mutex_;
  mutable std::condition_variable woken_;
};

}  // namespace kvm48::host
