#include "http/routes.hpp"

namespace kvm48::http {

void route_request(ServerState& state, Exchange& exchange) {
  // The URI limit (414) is the parser's; path and query are split there too.
  const std::string& path = exchange.path;
  if (path == "/api/graphql") return graphql_route(state, exchange);
  if (path.starts_with("/graphiql/")) return graphiql_asset_route(state, exchange);
  if (path == "/health") return health_route(state, exchange);
  if (path == "/ready") return ready_route(state, exchange);
  if (path == "/metrics") return metrics_route(state, exchange);
  // As the original: / to the project's documentation, /api/ to the endpoint.
  if (path == "/") {
    exchange.route = "/";
    return exchange.redirect(state.settings.config.docs_url);
  }
  if (path == "/api/" || path == "/api") {
    exchange.route = "/api/";
    return exchange.redirect("/api/graphql");
  }
  exchange.route = "other";
  exchange.send_error(404, "Not found. The GraphQL endpoint is /api/graphql.");
}

}  // namespace kvm48::http
