#pragma once
// The host's HTTP client (kvm48::HttpClient) on Poco, with the policy of
// http_policy.hpp.

#include <atomic>
#include <cstdint>
#include <memory>

#include "http/backoff.hpp"
#include "http/cancellation.hpp"
#include "http/host_gate.hpp"
#include "http/http_policy.hpp"
#include "kvm48/http.hpp"
#include "kvm48/logger.hpp"

namespace kvm48::host {

/// Counters of one fetcher (one crawl run), read for run statistics.
struct HttpStats {
  std::atomic<std::uint64_t> requests{0};  ///< attempts sent, retries included
  std::atomic<std::uint64_t> retries{0};
  std::atomic<std::uint64_t> failures{0};  ///< fetch() calls that did not return ok
  std::atomic<std::uint64_t> bytes{0};     ///< response body bytes received
};

class SessionPool;

class HttpFetcher final : public HttpClient {
 public:
  /// `cancellation` and `logger` (which may be null) must outlive the fetcher.
  HttpFetcher(HttpPolicy policy, const Cancellation& cancellation, kvm48::Logger* logger);
  ~HttpFetcher() override;
  HttpFetcher(const HttpFetcher&) = delete;
  HttpFetcher& operator=(const HttpFetcher&) = delete;

  [[nodiscard]] Status fetch(const HttpRequest& request, HttpResponse& out) noexcept override;

  [[nodiscard]] const HttpStats& stats() const noexcept { return stats_; }
  [[nodiscard]] const HttpPolicy& policy() const noexcept { return policy_; }

 private:
  Status fetch_or_throw(const HttpRequest& request, HttpResponse& out);
  /// How long to wait before retrying after `response`, or nullopt if the
  /// server asks for more than the policy allows.
  std::optional<std::chrono::milliseconds> retry_delay(const HttpResponse& response,
                                                       int next_attempt);
  void log(LogLevel level, const std::string& message) noexcept;

  const HttpPolicy policy_;
  const Cancellation& cancellation_;
  kvm48::Logger* logger_;
  Backoff backoff_;
  HostGate gate_;
  std::unique_ptr<SessionPool> sessions_;
  HttpStats stats_;
};

}  // namespace kvm48::host
