#pragma once
// HTTP from a chosen source address: the client socket is bound to `source` (127.0.0.2,
// 127.0.0.3, ...: all of 127.0.0.0/8 is loopback) before it connects to 127.0.0.1:`port`, so
// nginx sees a different client per address. One HTTP/1.0 request per connection.

#include <string>

#include "http_call.hpp"

namespace kvm48::test {

/// Throws std::runtime_error on a connection failure or an answer that is not HTTP.
HttpReply http_from(const std::string& source, int port, const std::string& method,
                    const std::string& path, const Headers& headers = {},
                    const std::string& body = {});

/// POST {"query": query} as application/json to /api/graphql.
HttpReply graphql_from(const std::string& source, int port, const std::string& query,
                       const Headers& headers = {});

}  // namespace kvm48::test
