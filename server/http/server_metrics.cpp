#include "http/server_metrics.hpp"

#include "metrics/histogram.hpp"

namespace kvm48::http {

ServerMetrics::ServerMetrics(metrics::Registry& registry)
    : requests_(registry.counter("kvm48_http_requests_total",
                                 "HTTP requests answered, by route, method and status.",
                                 {"route", "method", "status"})),
      latency_(registry.histogram("kvm48_http_request_duration_seconds",
                                  "Time from reading the request to the end of the answer.",
                                  metrics::default_latency_buckets(), {"route"})),
      rate_limited_(registry.counter("kvm48_ratelimit_rejections_total",
                                     "Requests refused with 429 by the rate limiter.", {"route"})),
      rate_limit_storage_errors_(registry.counter(
          "kvm48_ratelimit_storage_errors_total",
          "Rate-limit checks the storage (Redis) could not answer; the failure policy decided.")),
      graphql_errors_(registry.counter(
          "kvm48_graphql_errors_total",
          "Entries of GraphQL \"errors\" lists sent: kind=request (nothing executed) or field.",
          {"kind"})),
      connections_(registry.gauge("kvm48_http_connections_active",
                                  "Open client connections, sampled at scrape time.")),
      queued_(registry.gauge(
          "kvm48_http_connections_queued",
          "Always 0: the event-driven server has no queue (kept for dashboards).")) {}

void ServerMetrics::request_done(const std::string& route, const std::string& method, int status,
                                 double seconds) {
  requests_.with({route, method, std::to_string(status)}).increment();
  latency_.with({route}).observe(seconds);
}

}  // namespace kvm48::http
