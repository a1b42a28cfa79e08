#include "http/host_gate.hpp"

#include <algorithm>

namespace kvm48::host {

namespace {
// How often a waiter re-checks cancellation; waits are otherwise woken by release().
constexpr std::chrono::milliseconds kCancellationPoll{50};
}  // namespace

HostGate::HostGate(int concurrency, std::chrono::milliseconds min_delay)
    : concurrency_(std::max(1, concurrency)), min_delay_(min_delay) {}

std::optional<HostGate::Permit> HostGate::acquire(const std::string& host,
                                                  const Cancellation& cancellation) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    if (cancellation.cancelled()) return std::nullopt;
    HostState& state = hosts_[host];
    const auto now = std::chrono::steady_clock::now();
    if (state.in_flight < concurrency_ && now >= state.next_start) {
      ++state.in_flight;
      state.next_start = now + min_delay_;
      return std::optional<Permit>(std::in_place, *this, host);
    }
    const auto wake = state.in_flight < concurrency_
                          ? std::min(state.next_start, now + kCancellationPoll)
                          : now + kCancellationPoll;
    changed_.wait_until(lock, wake);
  }
}

void HostGate::release(const std::string& host) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    --hosts_[host].in_flight;
  }
  changed_.notify_all();
}

}  // namespace kvm48::host
