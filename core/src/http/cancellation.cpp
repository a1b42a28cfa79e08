#include "http/cancellation.hpp"

namespace kvm48::host {

void Cancellation::cancel() noexcept {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    cancelled_.store(true, std::memory_order_release);
  }
  woken_.notify_all();
}

bool Cancellation::sleep_for(std::chrono::milliseconds duration) const {
  std::unique_lock<std::mutex> lock(mutex_);
  return !woken_.wait_for(lock, duration, [this] { return cancelled(); });
}

}  // namespace kvm48::host
