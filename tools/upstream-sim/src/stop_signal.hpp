#pragma once
// A shutdown flag that sleeping request threads (latency, held connections) wait on, so that
// SIGTERM ends them at once instead of after their full delay. Thread-safe.

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace kvm48::sim {

class StopSignal {
 public:
  // Sleeps up to `ms`; returns false early when stop() is called.
  bool sleepFor(int ms) {
    std::unique_lock lock(mutex_);
    return !cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopped_; });
  }
  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    cv_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool stopped_ = false;
};

}  // namespace kvm48::sim
