#pragma once
// Helpers for the rate limiting tests of `kvm48-server serve`: the YAML that turns limiting
// on, limited requests, their X-RateLimit-* headers and the server's Prometheus counters.

#include <cstdint>
#include <optional>
#include <string>

#include "http_call.hpp"
#include "server_process.hpp"

namespace kvm48::test {

/// The `server:` YAML (indented for ServerOptions::server_yaml) of an enabled limiter.
struct LimitYaml {
  std::string limits;
  std::string storage = "memory://";
  std::string strategy = "fixed-window";
  std::string on_storage_failure = "allow";
  /// Extra lines under `server:` (trusted_proxies, ...), already indented.
  std::string extra;
};
std::string rate_limit_yaml(const LimitYaml& yaml);

/// A small GraphQL POST to /api/graphql (counted when limiting is on); `headers` added.
HttpReply limited_post(int port, const Headers& headers = {});
/// The same query as GET /api/graphql?query=... with Accept: application/json.
HttpReply limited_get(int port);

/// X-RateLimit-Limit / -Remaining / -Reset of a reply; nullopt when any of them is missing
/// or not a number.
struct LimitHeaders {
  std::uint64_t limit = 0;
  std::uint64_t remaining = 0;
  std::int64_t reset = 0;
};
std::optional<LimitHeaders> limit_headers(const HttpReply& reply);
/// True when the reply carries none of the three X-RateLimit-* headers.
bool has_no_limit_headers(const HttpReply& reply);

/// Seconds since the epoch now (the client's clock; the server shares the machine's).
std::int64_t epoch_seconds();

/// The value of the Prometheus sample `series` (name with labels exactly as printed, e.g.
/// `kvm48_ratelimit_rejections_total{route="/api/graphql"}`) on GET /metrics; 0 when the
/// series is absent (a labelled counter appears with its first increment).
double metric_value(int port, const std::string& series);

/// Checks that `reply` is the 429 of a breached limit: Retry-After >= 1 (and at most
/// `max_retry_after`), the JSON error naming `limit_text` ("3 per 1 minute").
void check_refused(const HttpReply& reply, const std::string& limit_text,
                   std::int64_t max_retry_after);

/// Stops `server` with SIGTERM and checks it exits with status 0 (under the asan preset a
/// sanitizer report in the server makes the status non-zero); the log is shown otherwise.
void check_clean_exit(ServerProcess& server);

}  // namespace kvm48::test
