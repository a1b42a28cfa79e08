#include "http/exchange.hpp"

#include "http/graphql_over_http.hpp"

namespace kvm48::http {

void Exchange::send(int code, std::string_view content_type, std::string_view body) {
  status = code;
  response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(code));
  if (!content_type.empty()) response.setContentType(std::string(content_type));
  response.setContentLength64(static_cast<Poco::Int64>(body.size()));
  if (request.getMethod() == Poco::Net::HTTPRequest::HTTP_HEAD) {
    response.send();
    return;
  }
  response.sendBuffer(body.data(), body.size());
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
