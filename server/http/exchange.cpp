#include "http/exchange.hpp"

#include "http/graphql_over_http.hpp"

namespace kvm48::http {

void Exchange::send(int code, std::string_view content_type, std::string_view body) {
  send_owned(code, content_type, std::string(body));
}

void Exchange::send_owned(int code, std::string_view content_type, std::string&& body) {
  status = code;
  response.status = code;
  if (!content_type.empty()) response.set("Content-Type", content_type);
  response.body = std::move(body);
}

void Exchange::send_error(int code, std::string_view message) {
  const graphql::Json body{
      {"errors", graphql::Json::array({graphql::Json{{"message", std::string(message)}}})}};
  send(code, "application/json; charset=utf-8", dump_json(body));
}

void Exchange::redirect(const std::string& location) {
  response.set("Location", location);
  send(302, "text/plain; charset=utf-8", "Redirecting to " + location + "\n");
}

}  // namespace kvm48::http
