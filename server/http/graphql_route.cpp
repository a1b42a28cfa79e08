// /api/graphql: GraphiQL for browsers, GraphQL over HTTP for everybody else.

#include "api/api_schema.hpp"
#include "http/form_params.hpp"
#include "http/media_type.hpp"
#include "http/rate_limit_gate.hpp"
#include "http/routes.hpp"

namespace kvm48::http {
namespace {

/// A browser asking for a page (Flask-GraphQL's rule): a GET that prefers text/html over
/// application/json and does not say `raw`.
bool wants_graphiql(const Exchange& exchange) {
  if (exchange.request.method != "GET") return false;
  const auto accept = parse_accept(exchange.request.header("Accept"));
  if (accept_quality(accept, "text", "html") <= accept_quality(accept, "application", "json")) {
    return false;
  }
  const auto form = parse_form(exchange.query_string);
  return !form || !form_value(*form, "raw");
}

}  // namespace

void graphql_route(ServerState& state, Exchange& exchange) {
  if (wants_graphiql(exchange)) return graphiql_page(state, exchange);
  exchange.route = "/api/graphql";
  const auto& request = exchange.request;
  GraphqlHttpRequest http_request;
  http_request.method = request.method;
  http_request.has_content_type = request.has("Content-Type");
  http_request.content_type = request.header("Content-Type");
  http_request.has_accept = request.has("Accept");
  http_request.accept = request.header("Accept");
  http_request.query_string = exchange.query_string;
  // The transport has read the whole body within the size and time limits (413, 408).
  if (http_request.method == "POST") http_request.body = request.body;
  if (!pass_rate_limit(state, exchange)) return;

  const auto sources = state.sources.get();  // held until the answer is written
  api::ApiContext context{*state.backend,
                          static_cast<std::size_t>(state.settings.config.max_results),
                          [&state](std::string_view error) {
                            state.log.error("backend read failed: %s", std::string(error));
                          },
                          *sources,
                          {}};
  GraphqlHttpAnswer answer = state.graphql.answer(http_request, &context);
  state.metrics.graphql_errors(
      answer.outcome == GraphqlHttpAnswer::Outcome::executed ? "field" : "request",
      answer.error_count);
  for (const auto& [name, value] : answer.headers) exchange.response.set(name, value);
  exchange.send_owned(answer.status, answer.content_type, std::move(answer.body));
}

}  // namespace kvm48::http
