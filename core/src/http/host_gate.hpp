#pragma once
// Politeness per upstream host: at most N requests in flight, and a minimum
// delay between request starts.

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "http/cancellation.hpp"

namespace kvm48::host {

class HostGate {
 public:
  HostGate(int concurrency, std::chrono::milliseconds min_delay);

  /// Holds one slot of a host from acquire() until destruction.
  class Permit {
   public:
    Permit(HostGate& gate, std::string host) : gate_(&gate), host_(std::move(host)) {}
    Permit(Permit&& other) noexcept : gate_(other.gate_), host_(std::move(other.host_)) {
      other.gate_ = nullptr;
    }
    Permit(const Permit&) = delete;
    Permit& operator=(const Permit&) = delete;
    Permit& operator=(Permit&&) = delete;
    ~Permit() {
      if (gate_ != nullptr) gate_->release(host_);
    }

   private:
    HostGate* gate_;
    std::string host_;
  };

  /// Waits for a free slot of `host` whose turn has come; nullopt if cancelled
  /// while waiting (then no slot is held). Threads: any.
  std::optional<Permit> acquire(const std::string& host, const Cancellation& cancellation);

 private:
  void release(const std::string& host);

  struct HostState {
    int in_flight = 0;
    std::chrono::steady_clock::time_point next_start{};
  };

  const int concurrency_;
  const std::chrono::milliseconds min_delay_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::string, HostState> hosts_;
};

}  // namespace kvm48::host
