#pragma once
// One request and its answer as the route functions see them, independent of the transport.
// Lives for one request on one loop thread.

#include <string>
#include <string_view>

#include "http/http_request.hpp"
#include "http/http_response.hpp"

namespace kvm48::http {

struct Exchange {
  const HttpRequest& request;              ///< method, URI, headers, the whole body
  HttpResponse& response;                  ///< routes set headers (response.set) and `close`
  const std::string& peer;                 ///< the client's address, as text
  const std::string& path = request.path;  ///< no percent-decoding, no query
  const std::string& query_string = request.query;  ///< after '?', raw
  std::string route;  ///< the metrics label of the route that answered
  int status = 0;     ///< what was sent

  /// Sets the whole answer (Content-Length follows the body; no body sent for HEAD).
  void send(int code, std::string_view content_type, std::string_view body);
  /// The same, taking the body over (no copy of a large answer).
  void send_owned(int code, std::string_view content_type, std::string&& body);
  /// {"errors":[{"message":...}]} as application/json.
  void send_error(int code, std::string_view message);
  /// 302 to `location`.
  void redirect(const std::string& location);
};

}  // namespace kvm48::http
