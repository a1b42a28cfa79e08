#pragma once
// The HTTP client the host lends to source plugins.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kvm48/status.hpp"

namespace kvm48 {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

/// Case-insensitive lookup of the first header named `name`.
inline std::optional<std::string> find_header(const HttpHeaders& headers, std::string_view name) {
  for (const auto& [key, value] : headers) {
    if (key.size() != name.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < key.size() && same; ++i) {
      const auto lower = [](char c) {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      };
      same = lower(key[i]) == lower(name[i]);
    }
    if (same) return value;
  }
  return std::nullopt;
}

struct HttpRequest {
  std::string method = "GET";
  std::string url;      ///< absolute http:// or https:// URL
  HttpHeaders headers;  ///< added to the host's (User-Agent is the host's unless set here)
  std::string body;     ///< sent when not empty (set Content-Type in headers)
  /// Overrides the host's per-request timeout for this request.
  std::optional<std::chrono::milliseconds> timeout;
};

struct HttpResponse {
  int status = 0;  ///< HTTP status code of the final attempt; 0 if none completed
  std::string reason;
  HttpHeaders headers;
  std::string body;  ///< the whole body (never more than the host's size cap)
  int attempts = 0;  ///< how many times the request was sent (retries + 1)

  [[nodiscard]] std::optional<std::string> header(std::string_view name) const {
    return find_header(headers, name);
  }
};

/// Fetches URLs under the host's policy: a timeout per request; bounded retries
/// with exponential backoff and jitter on timeouts, connection errors, truncated
/// bodies and the statuses 408, 429, 500, 502, 503, 504; `Retry-After` honoured
/// (capped); a per-host cap on concurrent requests and a minimum delay between
/// them; the host's User-Agent; a maximum body size; cancellation.
///
/// Ownership: the host's; it outlives the crawl it is lent to.
/// Threads: any thread may call it concurrently.
/// Returns:
///   ok           a response arrived with any status not retried, or a retried
///                status that recovered; `out.status` says which (a 404 is ok
///                here: the plugin decides what it means);
///   unavailable  retries exhausted (the message names the URL, the last error or
///                status and the attempts; `out` holds the last response if any),
///                or the body exceeded the size cap (not retried);
///   cancelled    the host asked the crawl to stop;
///   invalid_data the URL cannot be parsed or uses another scheme.
class HttpClient {
 public:
  virtual ~HttpClient() = default;
  [[nodiscard]] virtual Status fetch(const HttpRequest& request, HttpResponse& out) noexcept = 0;

 protected:
  HttpClient() = default;
  HttpClient(const HttpClient&) = default;
  HttpClient& operator=(const HttpClient&) = default;
};

}  // namespace kvm48
