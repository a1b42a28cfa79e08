// /health, /ready and /metrics: for load balancers, orchestrators and Prometheus. Never
// rate limited.

#include "http/routes.hpp"
#include "metrics/text_serializer.hpp"

namespace kvm48::http {
namespace {

/// Probes answer GET and HEAD; false when it answered 405.
bool get_or_head(Exchange& exchange) {
  const std::string& method = exchange.request.method;
  if (method == "GET" || method == "HEAD") return true;
  exchange.response.set("Allow", "GET, HEAD");
  exchange.send_error(405, "Method " + method + " is not allowed here.");
  return false;
}

}  // namespace

void health_route(ServerState&, Exchange& exchange) {
  exchange.route = "/health";
  if (!get_or_head(exchange)) return;
  exchange.send(200, "application/json; charset=utf-8", "{\"status\":\"ok\"}");
}

void ready_route(ServerState& state, Exchange& exchange) {
  exchange.route = "/ready";
  if (!get_or_head(exchange)) return;
  graphql::Json checks = graphql::Json::object();
  bool ready = true;
  if (Status status = state.backend->ping(); status.ok()) {
    checks["backend"] = "ok";
  } else {
    checks["backend"] = status.message();
    ready = false;
  }
  if (const auto policy = state.rate_limit.get(); policy->limiter) {
    const auto health = policy->limiter->check_storage();
    checks["ratelimit"] = health.ok ? "ok" : health.error;
    ready = ready && health.ok;
  }
  const graphql::Json body{{"status", ready ? "ready" : "not ready"}, {"checks", checks}};
  exchange.send(ready ? 200 : 503, "application/json; charset=utf-8", dump_json(body));
}

void metrics_route(ServerState& state, Exchange& exchange) {
  exchange.route = "/metrics";
  if (!get_or_head(exchange)) return;
  if (state.sample_connections) state.sample_connections();
  exchange.send(200, "text/plain; version=0.0.4; charset=utf-8",
                metrics::serialize_text(state.registry));
}

}  // namespace kvm48::http
