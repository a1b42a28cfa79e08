#include "http/backoff.hpp"

#include <algorithm>
#include <cmath>

namespace kvm48::host {

Backoff::Backoff(const HttpPolicy& policy, std::uint64_t seed) : policy_(policy), random_(seed) {}

std::chrono::milliseconds Backoff::delay_before(int next_attempt) {
  const double exponent = std::max(0, next_attempt - 2);
  const double base = static_cast<double>(policy_.backoff_base.count()) *
                      std::pow(policy_.backoff_multiplier, exponent);
  const double capped = std::min(base, static_cast<double>(policy_.backoff_max.count()));
  double factor = 1.0;
  if (policy_.jitter > 0) {
    std::uniform_real_distribution<double> spread(1.0 - policy_.jitter, 1.0 + policy_.jitter);
    std::lock_guard<std::mutex> lock(mutex_);
    factor = spread(random_);
  }
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::llround(capped * factor)));
}

}  // namespace kvm48::host
