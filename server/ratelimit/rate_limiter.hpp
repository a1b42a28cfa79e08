#pragma once
// The limiter the HTTP server calls once per limited request.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ratelimit/clock.hpp"
#include "ratelimit/decision.hpp"
#include "ratelimit/rate_limit_item.hpp"
#include "ratelimit/storage.hpp"
#include "ratelimit/strategy.hpp"

namespace kvm48::ratelimit {

struct LimiterConfig {
  std::vector<RateLimitItem> limits;  ///< all apply; must not be empty
  Strategy strategy = Strategy::fixed_window;
  FailurePolicy failure_policy = FailurePolicy::allow;
  std::string key_prefix = "kvm48:rl";  ///< storage keys: <prefix>:<fw|mw>:<route>:<client>:<limit>
};

/// Result of a storage health check (for /ready).
struct StorageHealth {
  bool ok = true;
  std::string error;  ///< why not, when !ok
};

/// Thread-safe (the storage is; the rest is immutable after construction).
class RateLimiter {
 public:
  /// Throws std::invalid_argument when config.limits is empty or storage/clock is null.
  RateLimiter(LimiterConfig config, std::shared_ptr<Storage> storage,
              std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>());

  /// Counts one request of `client` (the address from client_address.hpp) on `route` (a
  /// stable name such as "/api/graphql"; each route has its own counters) against every
  /// limit, shortest window first, stopping at the first one breached (as Flask-Limiter).
  /// Refused: the breached limit's values. Allowed: those of the limit with the fewest
  /// remaining hits (the shortest window on a tie). A storage failure is never thrown: the
  /// failure policy decides and Decision::storage_failed says so (log it, count it).
  Decision hit(std::string_view route, std::string_view client);

  /// For /ready: can the storage answer now? Never throws.
  StorageHealth check_storage();

  [[nodiscard]] const LimiterConfig& config() const { return config_; }
  [[nodiscard]] std::string storage_kind() const { return storage_->kind(); }

 private:
  // A limit with what each hit needs precomputed (no formatting on the hot path).
  struct PreparedLimit {
    RateLimitItem item;
    std::int64_t window_ms;
    std::string key_part;  // "10/1/second"
    std::string text;      // "10 per 1 second"
  };

  WindowState hit_one(const PreparedLimit& limit, const std::string& key, std::int64_t now_ms);
  [[nodiscard]] std::string key_for(std::string_view route, std::string_view client,
                                    const PreparedLimit& limit) const;
  [[nodiscard]] Decision on_storage_failure(const std::string& error) const;

  LimiterConfig config_;
  std::vector<PreparedLimit> prepared_;  // shortest window first
  std::string key_head_;                 // "<prefix>:<fw|mw>:"
  std::shared_ptr<Storage> storage_;
  std::shared_ptr<const Clock> clock_;
};

}  // namespace kvm48::ratelimit
