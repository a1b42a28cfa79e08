#pragma once
// The answer to one request: serve it or not, and the values of the rate limit headers.

#include <cstdint>
#include <string>

namespace kvm48::ratelimit {

struct Decision {
  /// Serve the request. False: answer http_status() with Retry-After.
  bool allowed = true;
  /// The limit values below are meaningful: send X-RateLimit-Limit / -Remaining / -Reset.
  /// False when limiting is off, the route is exempt, or the storage failed.
  bool has_headers = false;
  /// The storage could not answer and the failure policy decided (see `error`).
  bool storage_failed = false;

  std::uint64_t limit = 0;       ///< X-RateLimit-Limit: hits per window of the reported limit
  std::uint64_t remaining = 0;   ///< X-RateLimit-Remaining
  std::int64_t reset_epoch = 0;  ///< X-RateLimit-Reset: epoch seconds (rounded up)
  std::int64_t retry_after = 0;  ///< Retry-After seconds (>= 1) when refused, else 0
  std::string limit_text;        ///< the reported limit, "1 per 1 second" (for logs, 429 body)
  std::string error;             ///< the storage error when storage_failed

  /// 200 when allowed, 429 when over a limit, 503 when the storage failed under policy deny.
  [[nodiscard]] int http_status() const noexcept {
    if (allowed) return 200;
    return storage_failed ? 503 : 429;
  }
};

}  // namespace kvm48::ratelimit
