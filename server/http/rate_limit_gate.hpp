#pragma once
// Counting a request against the rate limits, with the X-RateLimit-* headers.

#include "http/exchange.hpp"
#include "http/server_state.hpp"

namespace kvm48::http {

/// The key a request counts against: the peer address, or the client a trusted proxy
/// names in X-Forwarded-For.
std::string client_key(const RateLimitPolicy& policy, const Exchange& exchange);

/// Counts the request when limiting is on, setting X-RateLimit-Limit/-Remaining/-Reset.
/// Over the limit: answers 429 with Retry-After (503 when the storage failed and the policy
/// is deny) and returns false; the caller must not answer again.
bool pass_rate_limit(ServerState& state, Exchange& exchange);

}  // namespace kvm48::http
