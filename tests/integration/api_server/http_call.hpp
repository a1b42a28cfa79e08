#pragma once
// One HTTP request to the server under test over a fresh connection, and its answer.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace kvm48::test {

struct HttpReply {
  int status = 0;
  std::map<std::string, std::string> headers;  ///< names lower case; last value wins
  std::string body;

  [[nodiscard]] std::string header(const std::string& lower_name) const;
  [[nodiscard]] nlohmann::ordered_json json() const { return nlohmann::ordered_json::parse(body); }
};

using Headers = std::vector<std::pair<std::string, std::string>>;

/// method, path (with query), headers, body ("" = none; Content-Length sent when a body or
/// a POST). Throws on a connection failure.
HttpReply http_call(int port, const std::string& method, const std::string& path,
                    const Headers& headers = {}, const std::string& body = {});

/// POST {"query":..., "variables":...} as application/json.
HttpReply post_graphql(int port, const std::string& query,
                       const nlohmann::ordered_json& variables = nullptr,
                       const Headers& extra_headers = {});

/// Sends raw bytes on a new connection and returns everything read until the server closes
/// or `timeout_ms` passes without data.
std::string raw_exchange(int port, const std::string& bytes, int timeout_ms = 5000);

}  // namespace kvm48::test
