#pragma once
// One request/response exchange over one session, with no retry logic.

#include <chrono>
#include <string>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/URI.h>

#include "http/http_policy.hpp"
#include "kvm48/http.hpp"

namespace kvm48::host {

struct AttemptResult {
  bool completed = false;  ///< a whole response arrived (any status)
  bool retryable = false;  ///< when not completed: worth another attempt
  bool reusable = false;   ///< the session may serve another request
  std::string error;       ///< when not completed: what went wrong
};

/// Sends `request` to `uri` over `session` and reads the whole response into
/// `out` (status, reason, headers, body up to policy.max_body_bytes). Timeouts,
/// connection errors and truncated bodies are retryable failures; an oversized
/// body is not. Never throws.
AttemptResult attempt_exchange(Poco::Net::HTTPClientSession& session, const Poco::URI& uri,
                               const HttpRequest& request, const HttpPolicy& policy,
                               HttpResponse& out);

}  // namespace kvm48::host
