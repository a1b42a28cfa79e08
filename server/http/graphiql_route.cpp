// GraphiQL: the page (at /api/graphql, for browsers) and its static files (/graphiql/...).
// Neither is rate limited, as in the original.

#include "http/routes.hpp"

namespace kvm48::http {

void graphiql_page(ServerState& state, Exchange& exchange) {
  exchange.route = "/graphiql";
  if (!state.assets) {
    exchange.send(503, "text/plain; charset=utf-8",
                  "GraphiQL is not available on this server: " + state.assets_error + "\n");
    return;
  }
  exchange.response.set("Cache-Control", "no-cache");
  // The page loads nothing from elsewhere; say so to the browser too.
  exchange.response.set("Content-Security-Policy",
                        "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                        "font-src 'self' data:; connect-src 'self'");
  exchange.send(200, "text/html; charset=utf-8", state.assets->page("/api/graphql", "/graphiql/"));
}

void graphiql_asset_route(ServerState& state, Exchange& exchange) {
  exchange.route = "/graphiql";
  const std::string& method = exchange.request.method;
  if (method != "GET" && method != "HEAD") {
    exchange.response.set("Allow", "GET, HEAD");
    exchange.send_error(405, "Method " + method + " is not allowed here.");
    return;
  }
  const std::string name = exchange.path.substr(std::string("/graphiql/").size());
  const graphiql::Asset* asset = state.assets ? state.assets->find(name) : nullptr;
  if (asset == nullptr) {
    exchange.send_error(404, "No such GraphiQL file.");
    return;
  }
  exchange.response.set("ETag", asset->etag);
  exchange.response.set("Cache-Control", "public, max-age=86400");
  if (exchange.request.header("If-None-Match") == asset->etag) {
    exchange.send(304, "", "");
    return;
  }
  exchange.send(200, asset->content_type, asset->body);
}

}  // namespace kvm48::http
