#include "http/rate_limit_gate.hpp"

namespace kvm48::http {

std::string client_key(const ServerState& state, const Exchange& exchange) {
  // Several X-Forwarded-For lines are one list (RFC 9110 §5.3).
  const std::string forwarded = state.settings.trusted_proxies.empty()
                                    ? std::string()
                                    : exchange.request.joined("X-Forwarded-For");
  return ratelimit::resolve_client_address(exchange.peer, forwarded,
                                           state.settings.trusted_proxies);
}

bool pass_rate_limit(ServerState& state, Exchange& exchange) {
  if (!state.limiter) return true;
  const ratelimit::Decision decision =
      state.limiter->hit(exchange.route, client_key(state, exchange));
  auto& response = exchange.response;
  if (decision.has_headers) {
    response.set("X-RateLimit-Limit", std::to_string(decision.limit));
    response.set("X-RateLimit-Remaining", std::to_string(decision.remaining));
    response.set("X-RateLimit-Reset", std::to_string(decision.reset_epoch));
  }
  if (decision.storage_failed) {
    state.metrics.rate_limit_storage_failed();
    state.log.warning("rate limit storage failed (policy %s): %s",
                      std::string(ratelimit::to_string(state.limiter->config().failure_policy)),
                      decision.error);
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
