#include "http/rate_limit_gate.hpp"

#include <atomic>
#include <chrono>

namespace kvm48::http {

std::string client_key(const RateLimitPolicy& policy, const Exchange& exchange) {
  // Several X-Forwarded-For lines are one list (RFC 9110 §5.3).
  const std::string forwarded =
      policy.trusted_proxies.empty() ? std::string() : exchange.request.joined("X-Forwarded-For");
  return ratelimit::resolve_client_address(exchange.peer, forwarded, policy.trusted_proxies);
}

namespace {

/// One warning per 10 s at most while the storage is failing, with the number of failures
/// since the last one: an outage must not flood the log (the metric counts every one).
void log_storage_failure(ServerState& state, const ratelimit::RateLimiter& limiter,
                         const std::string& error) {
  static std::atomic<std::int64_t> last_logged_ms{0};
  static std::atomic<std::uint64_t> unlogged{0};
  const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count();
  std::int64_t last = last_logged_ms.load();
  if (now_ms - last < 10000 || !last_logged_ms.compare_exchange_strong(last, now_ms)) {
    unlogged.fetch_add(1);
    return;
  }
  const std::uint64_t also = unlogged.exchange(0);
  state.log.warning("rate limit storage failed (policy %s)%s: %s",
                    std::string(ratelimit::to_string(limiter.config().failure_policy)),
                    also == 0 ? std::string() : " and " + std::to_string(also) + " more times",
                    error);
}

}  // namespace

bool pass_rate_limit(ServerState& state, Exchange& exchange) {
  const auto policy = state.rate_limit.get();  // this request's, whatever a reload does
  if (!policy->limiter) return true;
  const ratelimit::Decision decision =
      policy->limiter->hit(exchange.route, client_key(*policy, exchange));
  auto& response = exchange.response;
  if (decision.has_headers) {
    response.set("X-RateLimit-Limit", std::to_string(decision.limit));
    response.set("X-RateLimit-Remaining", std::to_string(decision.remaining));
    response.set("X-RateLimit-Reset", std::to_string(decision.reset_epoch));
  }
  if (decision.storage_failed) {
    state.metrics.rate_limit_storage_failed();
    log_storage_failure(state, *policy->limiter, decision.error);
  }
  if (decision.allowed) return true;
  if (decision.retry_after > 0) response.set("Retry-After", std::to_string(decision.retry_after));
  if (decision.storage_failed) {
    exchange.send_error(503,
                        "Rate limiting is unavailable and this server refuses requests "
                        "until it is back; try again shortly.");
    return false;
  }
  state.metrics.rate_limited(exchange.route);
  exchange.send_error(429, "Rate limit exceeded: " + decision.limit_text + ".");
  return false;
}

}  // namespace kvm48::http
