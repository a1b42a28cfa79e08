#pragma once
// One answer as the routes build it, and its serialisation (status line, Date, headers,
// Content-Length, Connection: Close when the connection ends after it).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kvm48::http {

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  ///< besides Date/Length/Connection
  std::string body;
  bool close = false;  ///< the connection closes after this answer
  bool head = false;   ///< answer to HEAD: Content-Length of the body, but no body sent

  /// Sets a header, replacing one of the same name (case-insensitive).
  void set(std::string_view name, std::string_view value);
  void clear();
};

/// The standard reason phrase ("Not Found"); "Unknown" for codes without one.
std::string_view reason_phrase(int status);

/// Appends the whole answer (head, and body unless `head`) to `out`.
void serialize_response(const HttpResponse& response, std::string& out);

/// {"errors":[{"message":...}]}, the body of the errors the transport answers itself.
std::string error_body(std::string_view message);

}  // namespace kvm48::http
