#pragma once
// Everything that configures rate limiting, where it comes from (YAML is read by the server;
// the original's environment variables here), and building the limiter from it.

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "ratelimit/rate_limiter.hpp"
#include "ratelimit/redis_connection_pool.hpp"

namespace kvm48::ratelimit {

struct Settings {
  bool enabled = false;
  std::string storage_url =
      "memory://";  ///< memory:// or redis://[[user]:password@]host[:port][/db]
  LimiterConfig limiter{{RateLimitItem{}}};  ///< default limits: "1/second"
  RedisOptions redis;                        ///< timeouts, pool size (redis:// only)
  std::size_t memory_max_keys = 1'000'000;   ///< memory:// only
};

/// The default limit string of the original server.
inline constexpr const char* kDefaultLimits = "1/second";

/// Reads an environment variable; nullopt when unset.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;

/// Settings from the original server's environment variables, over `base` (the defaults or
/// the YAML-derived settings): a non-empty RATELIMIT_STORAGE_URL turns limiting on with that
/// storage; RATELIMIT (default "1/second") gives the limits. Either the settings, or an
/// error naming the variable and what is wrong with it.
std::variant<Settings, std::string> apply_environment(Settings base, const EnvLookup& lookup);

/// The limiter for `settings` (enabled or not: the caller skips it when disabled). No I/O:
/// a Redis that is down shows on the first hit or check_storage(). Either the limiter or an
/// error (bad storage URL) naming the setting.
std::variant<std::shared_ptr<RateLimiter>, std::string> make_limiter(
    const Settings& settings, std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>());

}  // namespace kvm48::ratelimit
