#pragma once
// One request and its answer as the route functions see them.

#include <string>
#include <string_view>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

namespace kvm48::http {

struct Exchange {
  Poco::Net::HTTPServerRequest& request;
  Poco::Net::HTTPServerResponse& response;
  std::string path;          ///< percent-decoding not applied; no query
  std::string query_string;  ///< after '?', raw
  std::string route;         ///< the metrics label of the route that answered
  int status = 0;            ///< what was sent

  /// Sends a whole answer (Content-Length set; no body for HEAD).
  void send(int code, std::string_view content_type, std::string_view body);
  /// {"errors":[{"message":...}]} as application/json.
  void send_error(int code, std::string_view message);
  /// 302 to `location`.
  void redirect(const std::string& location);
};

}  // namespace kvm48::http
