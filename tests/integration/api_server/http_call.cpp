#include "http_call.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>

namespace kvm48::test {

std::string HttpReply::header(const std::string& lower_name) const {
  const auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

HttpReply http_call(int port, const std::string& method, const std::string& path,
                    const Headers& headers, const std::string& body) {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
  session.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  for (const auto& [name, value] : headers) request.add(name, value);
  if (!body.empty() || method == "POST") {
    request.setContentLength64(static_cast<Poco::Int64>(body.size()));
  }
  session.sendRequest(request) << body;
  Poco::Net::HTTPResponse response;
  std::istream& in = session.receiveResponse(response);
  HttpReply reply;
  reply.status = static_cast<int>(response.getStatus());
  for (const auto& [name, value] : response) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    reply.headers[lower] = value;
  }
  Poco::StreamCopier::copyToString(in, reply.body);
  return reply;
}

HttpReply post_graphql(int port, const std::string& query, const nlohmann::ordered_json& variables,
                       const Headers& extra_headers) {
  nlohmann::ordered_json body{{"query", query}};
  if (!variables.is_null()) body["variables"] = variables;
  Headers headers{{"Content-Type", "application/json"}};
  headers.insert(headers.end(), extra_headers.begin(), extra_headers.end());
  return http_call(port, "POST", "/api/graphql", headers, body.dump());
}

std::string raw_exchange(int port, const std::string& bytes, int timeout_ms) {
  Poco::Net::StreamSocket socket(
      Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)));
  socket.setReceiveTimeout(Poco::Timespan(0, timeout_ms * 1000));
  socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
  std::string answer;
  char buffer[4096];
  try {
    for (;;) {
      const int got = socket.receiveBytes(buffer, sizeof buffer);
      if (got <= 0) break;
      answer.append(buffer, static_cast<std::size_t>(got));
    }
  } catch (const Poco::TimeoutException&) {
  } catch (const Poco::Net::NetException&) {
  }
  return answer;
}

}  // namespace kvm48::test
