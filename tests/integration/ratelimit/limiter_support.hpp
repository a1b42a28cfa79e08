#pragma once
// Building limiters on a test Redis.

#include <memory>
#include <string>

#include "ratelimit/parse_limits.hpp"
#include "ratelimit/settings.hpp"

namespace kvm48::ratelimit::testing {

inline std::shared_ptr<RateLimiter> redis_limiter(
    const std::string& url, std::string_view limits, Strategy strategy = Strategy::fixed_window,
    FailurePolicy policy = FailurePolicy::allow, RedisOptions options = {},
    std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>()) {
  Settings settings;
  settings.enabled = true;
  settings.storage_url = url;
  settings.limiter.limits = std::get<std::vector<RateLimitItem>>(parse_limits(limits));
  settings.limiter.strategy = strategy;
  settings.limiter.failure_policy = policy;
  settings.redis = options;
  auto made = make_limiter(settings, std::move(clock));
  if (auto* error = std::get_if<std::string>(&made)) throw std::runtime_error(*error);
  return std::get<std::shared_ptr<RateLimiter>>(made);
}

}  // namespace kvm48::ratelimit::testing
