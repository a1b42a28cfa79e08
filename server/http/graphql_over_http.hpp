#pragma once
// GraphQL over HTTP (the GraphQL-over-HTTP spec, as graphql-http's audits check it): from
// an HTTP request's method, headers, query string and body to the status, media type and
// body of the answer. No sockets here: the Poco handler feeds it and writes the answer.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "graphql/engine.hpp"

namespace kvm48::http {

struct GraphqlHttpRequest {
  std::string method;  ///< "GET", "POST", ...
  bool has_content_type = false;
  std::string content_type;
  bool has_accept = false;
  std::string accept;
  std::string query_string;  ///< the raw text after '?', without it
  std::string body;
};

struct GraphqlHttpAnswer {
  int status = 200;
  std::string content_type;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  ///< e.g. Allow on 405
  /// What happened, for metrics and logs.
  enum class Outcome {
    executed,          ///< the operation ran (field errors possible)
    graphql_rejected,  ///< parse, validation or variable errors: no data
    http_rejected,     ///< not a GraphQL request we take (method, media type, JSON, params)
  } outcome = Outcome::executed;
  std::size_t error_count = 0;  ///< entries in "errors"
};

/// Thread-safe: answers any number of requests concurrently (the engine is).
class GraphqlOverHttp {
 public:
  explicit GraphqlOverHttp(const graphql::Engine& engine) : engine_(engine) {}

  /// `context` is handed to the resolvers (an api::ApiContext*).
  [[nodiscard]] GraphqlHttpAnswer answer(const GraphqlHttpRequest& request, void* context) const;

 private:
  const graphql::Engine& engine_;
};

/// The JSON text of `value`, invalid UTF-8 replaced by U+FFFD (never throws on bad bytes).
std::string dump_json(const graphql::Json& value);

}  // namespace kvm48::http
