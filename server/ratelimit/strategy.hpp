#pragma once
// The rate limiting strategies, named as `limits` / Flask-Limiter name them.

#include <optional>
#include <string_view>

namespace kvm48::ratelimit {

enum class Strategy {
  fixed_window,                 ///< "fixed-window": counter per window started by the first hit
  fixed_window_elastic_expiry,  ///< "fixed-window-elastic-expiry": every hit restarts it
  moving_window,                ///< "moving-window": sliding log of hit times
};

/// What to do when the storage (Redis) cannot answer.
enum class FailurePolicy {
  allow,  ///< fail open (default): serve the request without limiting, log, count a metric
  deny,   ///< fail closed: refuse with 503 Service Unavailable
};

std::string_view to_string(Strategy strategy) noexcept;
std::string_view to_string(FailurePolicy policy) noexcept;
/// "fixed-window", "fixed-window-elastic-expiry", "moving-window" (case-insensitive).
std::optional<Strategy> strategy_from_string(std::string_view name) noexcept;
/// "allow" or "deny" (case-insensitive).
std::optional<FailurePolicy> failure_policy_from_string(std::string_view name) noexcept;

}  // namespace kvm48::ratelimit
