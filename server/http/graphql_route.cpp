// /api/graphql: GraphiQL for browsers, GraphQL over HTTP for everybody else.

#include <chrono>

#include "api/api_schema.hpp"
#include "http/body_reader.hpp"
#include "http/form_params.hpp"
#include "http/media_type.hpp"
#include "http/rate_limit_gate.hpp"
#include "http/routes.hpp"

namespace kvm48::http {
namespace {

/// A browser asking for a page (Flask-GraphQL's rule): a GET that prefers text/html over
/// application/json and does not say `raw`.
bool wants_graphiql(const Exchange& exchange) {
  if (exchange.request.getMethod() != "GET") return false;
  const auto accept = parse_accept(exchange.request.get("Accept", ""));
  if (accept_quality(accept, "text", "html") <= accept_quality(accept, "application", "json")) {
    return false;
  }
  const auto form = parse_form(exchange.query_string);
  return !form || !form_value(*form, "raw");
}

/// Reads the body of a POST; false when it has answered already (413, 408, 400).
bool read_post_body(ServerState& state, Exchange& exchange, std::string& body) {
  const auto& config = state.settings.config;
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(config.request_deadline_seconds);
  switch (read_body(exchange.request, static_cast<std::size_t>(config.max_body_bytes), deadline,
                    body)) {
    case BodyRead::complete: return true;
    case BodyRead::too_large:
      // The rest of the body is not read, so the connection cannot carry another request.
      exchange.response.setKeepAlive(false);
      exchange.send_error(413, "The request body is larger than " +
                                   std::to_string(config.max_body_bytes) + " bytes.");
      return false;
    case BodyRead::timed_out:
      exchange.response.setKeepAlive(false);
      exchange.send_error(408, "The request body did not arrive in time.");
      return false;
    case BodyRead::broken: break;
  }
  exchange.response.setKeepAlive(false);
  exchange.send_error(400, "The request body ended early.");
  return false;
}

}  // namespace

void graphql_route(ServerState& state, Exchange& exchange) {
  if (wants_graphiql(exchange)) return graphiql_page(state, exchange);
  exchange.route = "/api/graphql";
  auto& request = exchange.request;
  GraphqlHttpRequest http_request;
  http_request.method = request.getMethod();
  http_request.has_content_type = request.has("Content-Type");
  http_request.content_type = request.get("Content-Type", "");
  http_request.has_accept = request.has("Accept");
  http_request.accept = request.get("Accept", "");
  http_request.query_string = exchange.query_string;
  if (http_request.method == "POST" && !read_post_body(state, exchange, http_request.body)) return;
  if (!pass_rate_limit(state, exchange)) return;

  api::ApiContext context{*state.backend,
                          static_cast<std::size_t>(state.settings.config.max_results),
                          [&state](std::string_view error) {
                            state.log.error("backend read failed: %s", std::string(error));
                          }};
  const GraphqlHttpAnswer answer = state.graphql.answer(http_request, &context);
  state.metrics.graphql_errors(
      answer.outcome == GraphqlHttpAnswer::Outcome::executed ? "field" : "request",
      answer.error_count);
  for (const auto& [name, value] : answer.headers) exchange.response.set(name, value);
  exchange.send(answer.status, answer.content_type, answer.body);
}

}  // namespace kvm48::http
