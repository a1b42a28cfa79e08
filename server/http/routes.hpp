#pragma once
// The routes, one function each (one file each where they have any size). Each answers
// through the Exchange and sets exchange.route for the metrics.

#include "http/exchange.hpp"
#include "http/server_state.hpp"

namespace kvm48::http {

/// /api/graphql: GraphiQL for a browser GET, GraphQL over HTTP otherwise (graphql_route.cpp).
void graphql_route(ServerState& state, Exchange& exchange);
/// /graphiql/<file>: GraphiQL's static files (graphiql_route.cpp).
void graphiql_asset_route(ServerState& state, Exchange& exchange);
/// GraphiQL's page (graphiql_route.cpp).
void graphiql_page(ServerState& state, Exchange& exchange);
/// /health, /ready, /metrics (probe_routes.cpp).
void health_route(ServerState& state, Exchange& exchange);
void ready_route(ServerState& state, Exchange& exchange);
void metrics_route(ServerState& state, Exchange& exchange);

/// Dispatches by path; answers 404 itself (request_router.cpp).
void route_request(ServerState& state, Exchange& exchange);

}  // namespace kvm48::http
