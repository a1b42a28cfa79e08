// The HTTP/1.1 transport on a live server: pipelining, HEAD, HTTP/1.0, 100-continue,
// malformed requests and oversized header sections, keep-alive limits.

#include <string>

#include <Poco/Net/StreamSocket.h>
#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

std::string receive_some(Poco::Net::StreamSocket& socket) {
  char buffer[4096];
  const int got = socket.receiveBytes(buffer, sizeof buffer);
  return got > 0 ? std::string(buffer, static_cast<std::size_t>(got)) : std::string();
}

}  // namespace

TEST_CASE("pipelined requests are answered in order on one connection, HEAD without a body",
          "[api][transport]") {
  ServerProcess server;
  const std::string raw =
      raw_exchange(server.port(),
                   "GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
                   "HEAD /health HTTP/1.1\r\nHost: x\r\n\r\n"
                   "POST /api/graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   "Content-Length: 22\r\n\r\n{\"query\":\"{revision}\"}"
                   "GET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  INFO(raw);
  const auto first = raw.find("HTTP/1.1 200 OK");
  const auto second = raw.find("HTTP/1.1 200 OK", first + 1);
  const auto third = raw.find("HTTP/1.1 200 OK", second + 1);
  const auto fourth = raw.find("HTTP/1.1 404 Not Found");
  CHECK(first == 0);
  CHECK(second != std::string::npos);
  CHECK(third != std::string::npos);
  CHECK(fourth > third);
  CHECK(fourth != std::string::npos);
  // The HEAD answer announces the body's length but sends none: one {"status":"ok"} only.
  CHECK(count_of(raw, "{\"status\":\"ok\"}") == 1);
  CHECK(raw.find("\"revision\"", third) < fourth);
  CHECK(count_of(raw, "Connection: Close") == 1);
  CHECK(count_of(raw, "Date: ") == 4);
}

TEST_CASE("HTTP/1.0 gets one answer and the connection closes, 100-continue is answered",
          "[api][transport]") {
  ServerProcess server;
  const std::string old = raw_exchange(server.port(), "GET /health HTTP/1.0\r\n\r\n");
  CHECK(old.rfind("HTTP/1.1 200 OK", 0) == 0);
  CHECK(old.find("Connection: Close") != std::string::npos);
  // The head alone: the server asks for the body.
  Poco::Net::StreamSocket socket(
      Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(server.port())));
  socket.setReceiveTimeout(Poco::Timespan(5, 0));
  const std::string head =
      "POST /api/graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Expect: 100-continue\r\nConnection: close\r\nContent-Length: 22\r\n\r\n";
  socket.sendBytes(head.data(), static_cast<int>(head.size()));
  CHECK(receive_some(socket) == "HTTP/1.1 100 Continue\r\n\r\n");
  const std::string body = "{\"query\":\"{revision}\"}";
  socket.sendBytes(body.data(), static_cast<int>(body.size()));
  const std::string answer = receive_some(socket);
  INFO(answer);
  CHECK(answer.rfind("HTTP/1.1 200 OK", 0) == 0);
  // Sent with the head already: no 100 Continue needed.
  const std::string whole = raw_exchange(server.port(), head + body);
  CHECK(whole.rfind("HTTP/1.1 200 OK", 0) == 0);
}

TEST_CASE("malformed requests get 400, oversized header sections 431, and the connection closes",
          "[api][transport]") {
  ServerProcess server;
  const std::string malformed = raw_exchange(server.port(), "GET /health\r\n\r\n");
  CHECK(malformed.rfind("HTTP/1.1 400 Bad Request", 0) == 0);
  CHECK(malformed.find("Connection: Close") != std::string::npos);
  const std::string bad_header = raw_exchange(
      server.port(), "GET /health HTTP/1.1\r\nNo colon\r\n\r\nGET /health HTTP/1.1\r\n\r\n");
  CHECK(bad_header.rfind("HTTP/1.1 400 Bad Request", 0) == 0);
  CHECK(bad_header.find("200 OK") == std::string::npos);
  const std::string huge = raw_exchange(
      server.port(), "GET /health HTTP/1.1\r\nX-Big: " + std::string(70000, 'b') + "\r\n\r\n");
  CHECK(huge.rfind("HTTP/1.1 431 ", 0) == 0);
  CHECK(http_call(server.port(), "GET", "/health").status == 200);
}

TEST_CASE("max_keep_alive_requests closes the connection after that many answers",
          "[api][transport]") {
  ServerProcess server({"  max_keep_alive_requests: 2\n", {}, {}});
  std::string three;
  for (int i = 0; i < 3; ++i) three += "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
  const std::string raw = raw_exchange(server.port(), three);
  CHECK(count_of(raw, "HTTP/1.1 200 OK") == 2);
  CHECK(count_of(raw, "Connection: Close") == 1);
}

}  // namespace kvm48::test
