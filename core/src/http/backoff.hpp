#pragma once
// Delays between attempts: exponential, capped, with jitter.

#include <chrono>
#include <mutex>
#include <random>

#include "http/http_policy.hpp"

namespace kvm48::host {

class Backoff {
 public:
  explicit Backoff(const HttpPolicy& policy, std::uint64_t seed = std::random_device{}());

  /// The delay before attempt `next_attempt` (2 for the first retry):
  /// base * multiplier^(next_attempt - 2), capped at backoff_max, times a random
  /// factor in [1 - jitter, 1 + jitter]. Threads: any.
  std::chrono::milliseconds delay_before(int next_attempt);

 private:
  const HttpPolicy& policy_;
  std::mutex mutex_;
  std::mt19937_64 random_;
};

}  // namespace kvm48::host
