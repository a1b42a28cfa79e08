#include "http/routes.hpp"

namespace kvm48::http {

void route_request(ServerState& state, Exchange& exchange) {
  const std::string& uri = exchange.request.getURI();
  if (uri.size() > static_cast<std::size_t>(state.settings.config.max_uri_bytes)) {
    exchange.route = "other";
    exchange.send_error(414, "The request URI is longer than " +
                                 std::to_string(state.settings.config.max_uri_bytes) +
                                 " bytes; send long queries with POST.");
    return;
  }
  const auto question = uri.find('?');
  exchange.path = uri.substr(0, question);
  exchange.query_string = question == std::string::npos ? "" : uri.substr(question + 1);
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
