#include "http/graphql_over_http.hpp"

#include <optional>
#include <string_view>

#include "graphql/utilities/json_reader.hpp"
#include "http/form_params.hpp"
#include "http/media_type.hpp"
#include "http/utf8.hpp"

namespace kvm48::http {
namespace {

using graphql::Json;

constexpr const char* kGraphqlResponseJson = "application/graphql-response+json; charset=utf-8";
constexpr const char* kJson = "application/json; charset=utf-8";

enum class ResponseMedia { graphql_response_json, json };

/// The answer's media type from Accept; nullopt when the client takes neither (406).
/// Missing Accept means application/json (spec); a tie goes to the more specific range, and
/// between two exact ranges to application/graphql-response+json.
std::optional<ResponseMedia> negotiate(const GraphqlHttpRequest& request) {
  if (!request.has_accept || request.accept.empty()) return ResponseMedia::json;
  const auto ranges = parse_accept(request.accept);
  struct Match {
    double quality = 0;
    int specificity = -1;
  };
  auto match = [&ranges](std::string_view type, std::string_view subtype) {
    Match best;
    for (const auto& range : ranges) {
      if (range.covers(type, subtype) && range.specificity() > best.specificity) {
        best = {range.quality, range.specificity()};
      }
    }
    return best;
  };
  const Match graphql = match("application", "graphql-response+json");
  const Match json = match("application", "json");
  if (graphql.quality <= 0 && json.quality <= 0) return std::nullopt;
  if (graphql.quality != json.quality) {
    return graphql.quality > json.quality ? ResponseMedia::graphql_response_json
                                          : ResponseMedia::json;
  }
  if (graphql.specificity == 2 && json.specificity <= 2)
    return ResponseMedia::graphql_response_json;
  return ResponseMedia::json;
}

const char* content_type_of(ResponseMedia media) {
  return media == ResponseMedia::graphql_response_json ? kGraphqlResponseJson : kJson;
}

/// An answer that never reached the engine: {"errors":[{"message":...}]}.
GraphqlHttpAnswer refuse(int status, const char* content_type, const std::string& message) {
  GraphqlHttpAnswer answer;
  answer.status = status;
  answer.content_type = content_type;
  answer.body = dump_json(Json{{"errors", Json::array({Json{{"message", message}}})}});
  answer.outcome = GraphqlHttpAnswer::Outcome::http_rejected;
  answer.error_count = 1;
  return answer;
}

/// The request parameters (spec §"Request Parameters"), checked for type.
struct Params {
  std::string query;
  Json variables = Json::object();
  std::optional<std::string> operation_name;
};

/// A problem with the parameters: the message for a 400.
struct ParamError {
  std::string message;
};

/// From a JSON object body.
std::variant<Params, ParamError> params_from_json(Json& body) {
  if (!body.is_object()) return ParamError{"The request body must be a JSON object."};
  Params params;
  const auto query = body.find("query");
  if (query == body.end() || query->is_null()) {
    return ParamError{"The 'query' parameter is missing."};
  }
  if (!query->is_string()) return ParamError{"The 'query' parameter must be a string."};
  params.query = std::move(query->get_ref<std::string&>());
  if (const auto v = body.find("variables"); v != body.end() && !v->is_null()) {
    if (!v->is_object()) return ParamError{"The 'variables' parameter must be a map."};
    params.variables = std::move(*v);
  }
  if (const auto n = body.find("operationName"); n != body.end() && !n->is_null()) {
    if (!n->is_string()) return ParamError{"The 'operationName' parameter must be a string."};
    params.operation_name = n->get<std::string>();
  }
  if (const auto e = body.find("extensions"); e != body.end() && !e->is_null()) {
    if (!e->is_object()) return ParamError{"The 'extensions' parameter must be a map."};
  }
  return params;
}

/// A JSON-encoded form field (variables, extensions): must be a map or null.
std::optional<ParamError> decode_json_field(const FormParams& form, const char* name, Json& out) {
  const auto text = form_value(form, name);
  if (!text || text->empty()) return std::nullopt;
  Json value = graphql::parseJson(*text);
  if (value.is_discarded()) {
    return ParamError{std::string("The '") + name + "' parameter is not valid JSON."};
  }
  if (!value.is_null() && !value.is_object()) {
    return ParamError{std::string("The '") + name + "' parameter must be a map."};
  }
  out = value.is_null() ? Json::object() : std::move(value);
  return std::nullopt;
}

/// From URL-encoded fields (a GET query string or a form body). `query`, when given,
/// overrides the form's (application/graphql bodies).
std::variant<Params, ParamError> params_from_form(const FormParams& form,
                                                  std::optional<std::string> query) {
  Params params;
  if (!query) query = form_value(form, "query");
  if (!query) return ParamError{"The 'query' parameter is missing."};
  params.query = std::move(*query);
  if (auto error = decode_json_field(form, "variables", params.variables)) return *error;
  Json extensions;
  if (auto error = decode_json_field(form, "extensions", extensions)) return *error;
  if (auto name = form_value(form, "operationName"); name && !name->empty()) {
    params.operation_name = std::move(*name);
  }
  for (const auto& [key, value] : form) {
    if (!is_valid_utf8(key) || !is_valid_utf8(value)) {
      return ParamError{"The request parameters are not valid UTF-8."};
    }
  }
  return params;
}

/// Reads a POST: the body as its Content-Type says. A string is the refusal's status and
/// message.
struct Refusal {
  int status;
  std::string message;
};

std::variant<Params, Refusal> params_from_post(const GraphqlHttpRequest& request) {
  if (!request.has_content_type) {
    return Refusal{415, "A POST needs a Content-Type: application/json or application/graphql."};
  }
  const auto media = parse_media_type(request.content_type);
  if (!media) return Refusal{415, "The Content-Type header is malformed."};
  if (const auto charset = media->parameter("charset")) {
    std::string lower;
    for (char c : *charset) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    if (lower != "utf-8" && lower != "utf8") {
      return Refusal{415, "Only UTF-8 request bodies are accepted, not charset=" + *charset + "."};
    }
  }
  std::variant<Params, ParamError> params = ParamError{};
  const std::string essence = media->essence();
  if (essence == "application/json") {
    if (request.body.empty()) return Refusal{400, "The request body is missing."};
    Json body = graphql::parseJson(request.body);
    if (body.is_discarded()) {
      return Refusal{400, "The request body is not valid JSON (RFC 8259, UTF-8)."};
    }
    params = params_from_json(body);
  } else if (essence == "application/graphql") {
    auto form = parse_form(request.query_string);
    if (!form) return Refusal{400, "The URL query string is malformed."};
    if (!is_valid_utf8(request.body)) return Refusal{400, "The request body is not valid UTF-8."};
    params = params_from_form(*form, request.body);
  } else if (essence == "application/x-www-form-urlencoded") {
    auto form = parse_form(request.body);
    if (!form) return Refusal{400, "The form body is malformed."};
    params = params_from_form(*form, std::nullopt);
  } else {
    return Refusal{415, "Unsupported Content-Type '" + essence +
                            "'; use application/json or application/graphql."};
  }
  if (auto* error = std::get_if<ParamError>(&params)) return Refusal{400, error->message};
  return std::get<Params>(std::move(params));
}

std::variant<Params, Refusal> params_from_get(const GraphqlHttpRequest& request) {
  auto form = parse_form(request.query_string);
  if (!form) return Refusal{400, "The URL query string is malformed."};
  auto params = params_from_form(*form, std::nullopt);
  if (auto* error = std::get_if<ParamError>(&params)) return Refusal{400, error->message};
  return std::get<Params>(std::move(params));
}

/// The operation a GET would run, when the document parses and validates; GET may only run
/// queries (spec: mutations over GET are refused with 405).
bool selects_non_query(const graphql::Engine& engine, const Params& params) {
  const auto prepared = engine.prepare(params.query);
  if (!prepared->document) return false;
  for (const auto& definition : prepared->document->definitions) {
    const auto* operation =
        dynamic_cast<const graphql::ast::OperationDefinition*>(definition.get());
    if (operation == nullptr) continue;
    const bool selected = !params.operation_name ||
                          (operation->name && operation->name->value == *params.operation_name);
    if (selected && operation->operation != graphql::ast::OperationType::Query) return true;
  }
  return false;
}

}  // namespace

std::string dump_json(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

GraphqlHttpAnswer GraphqlOverHttp::answer(const GraphqlHttpRequest& request, void* context) const {
  const auto media = negotiate(request);
  if (!media) {
    return refuse(406, kJson,
                  "Not acceptable: this endpoint answers application/graphql-response+json or "
                  "application/json.");
  }
  const char* content_type = content_type_of(*media);
  const bool is_get = request.method == "GET";
  if (!is_get && request.method != "POST") {
    auto answer = refuse(405, content_type, "Method " + request.method + " is not allowed here.");
    answer.headers.emplace_back("Allow", "GET, POST");
    return answer;
  }
  auto params = is_get ? params_from_get(request) : params_from_post(request);
  if (auto* refusal = std::get_if<Refusal>(&params)) {
    return refuse(refusal->status, refusal->status == 415 ? kJson : content_type, refusal->message);
  }
  Params& p = std::get<Params>(params);
  if (is_get && selects_non_query(engine_, p)) {
    auto answer =
        refuse(405, content_type, "Only query operations can be sent with GET; use POST.");
    answer.headers.emplace_back("Allow", "POST");
    return answer;
  }
  graphql::Request graphql_request{std::move(p.query), std::move(p.variables),
                                   std::move(p.operation_name)};
  graphql::TextResult result = engine_.executeToText(graphql_request, context);
  GraphqlHttpAnswer answer;
  answer.content_type = content_type;
  answer.body = std::move(result.json);
  answer.error_count = result.errorCount;
  if (!result.hasData) {
    answer.outcome = GraphqlHttpAnswer::Outcome::graphql_rejected;
    // Spec: with application/json the status stays 200; the newer media type says 400.
    answer.status = *media == ResponseMedia::graphql_response_json ? 400 : 200;
  }
  return answer;
}

}  // namespace kvm48::http
