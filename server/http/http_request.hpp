#pragma once
// One parsed HTTP/1.x request, as the parser fills it and the routes read it. Plain data;
// owned by the connection, reused (clear()) from one request to the next.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kvm48::http {

struct HttpRequest {
  std::string method;     ///< as sent ("GET", "POST", ...)
  std::string uri;        ///< request target as sent (origin-form, or absolute-form)
  std::string path;       ///< before '?', no percent-decoding
  std::string query;      ///< after '?', raw
  int minor_version = 1;  ///< HTTP/1.<minor>
  std::vector<std::pair<std::string, std::string>> headers;  ///< in order; values trimmed
  std::string body;                                          ///< complete (de-chunked) body
  bool keep_alive = true;  ///< what the client allows (version and Connection header)
  bool expect_continue = false;

  /// The first value of a header (case-insensitive name); nullptr when absent.
  [[nodiscard]] const std::string* find(std::string_view name) const;
  [[nodiscard]] bool has(std::string_view name) const { return find(name) != nullptr; }
  [[nodiscard]] std::string header(std::string_view name, std::string_view fallback = {}) const;
  /// Every value of a header joined with ',' (several lines are one list, RFC 9110 §5.3).
  [[nodiscard]] std::string joined(std::string_view name) const;
  /// Empties everything, keeping capacity.
  void clear();
};

/// ASCII case-insensitive equality.
bool iequals(std::string_view a, std::string_view b);

}  // namespace kvm48::http
