#pragma once
// The metric families of the HTTP server, registered once at start-up.

#include <string>

#include "metrics/registry.hpp"

namespace kvm48::http {

/// Thread-safe (the families are). References into `registry`, which must outlive this.
class ServerMetrics {
 public:
  explicit ServerMetrics(metrics::Registry& registry);

  /// One answered request: counts it by route, method and status, and its latency.
  void request_done(const std::string& route, const std::string& method, int status,
                    double seconds);
  void rate_limited(const std::string& route) { rate_limited_.with({route}).increment(); }
  void rate_limit_storage_failed() { rate_limit_storage_errors_.get().increment(); }
  /// `kind`: "request" (no data: parse, validation, variables, HTTP-level) or "field".
  void graphql_errors(const char* kind, std::size_t count) {
    if (count > 0) graphql_errors_.with({kind}).increment(static_cast<double>(count));
  }
  void set_connections(double active, double queued) {
    connections_.get().set(active);
    queued_.get().set(queued);
  }

 private:
  metrics::Family<metrics::Counter>& requests_;
  metrics::Family<metrics::Histogram>& latency_;
  metrics::Family<metrics::Counter>& rate_limited_;
  metrics::Family<metrics::Counter>& rate_limit_storage_errors_;
  metrics::Family<metrics::Counter>& graphql_errors_;
  metrics::Family<metrics::Gauge>& connections_;
  metrics::Family<metrics::Gauge>& queued_;
};

}  // namespace kvm48::http
