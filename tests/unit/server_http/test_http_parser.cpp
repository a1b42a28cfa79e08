// The incremental request parser: byte-by-byte input, pipelining, chunked bodies, limits and
// malformed input.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "http/http_parser.hpp"
#include "http/http_response.hpp"

namespace kvm48::http {
namespace {

ParserLimits small_limits() {
  ParserLimits limits;
  limits.max_uri_bytes = 256;
  limits.max_head_bytes = 1024;
  limits.max_body_bytes = 100;
  return limits;
}

/// Feeds `input` in pieces of `step` bytes the way a connection does (unconsumed bytes stay
/// buffered); collects the complete requests, stops at the first failure.
struct Feeder {
  explicit Feeder(ParserLimits limits = small_limits()) : parser(limits) {}

  HttpParser::Result run(const std::string& input, std::size_t step) {
    HttpParser::Result last = HttpParser::Result::need_more;
    for (std::size_t at = 0; at < input.size(); at += step) {
      buffered += input.substr(at, step);
      for (;;) {
        std::size_t consumed = 0;
        last = parser.feed(buffered, consumed);
        buffered.erase(0, consumed);
        if (last == HttpParser::Result::failed) return last;
        if (last == HttpParser::Result::need_more) break;
        requests.push_back(parser.request());
        parser.reset();
      }
    }
    return last;
  }

  HttpParser parser;
  std::string buffered;
  std::vector<HttpRequest> requests;
};

const std::string kPost =
    "POST /api/graphql?x=1 HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
    "Content-Length: 11\r\n\r\n{\"query\":1}";

}  // namespace

TEST_CASE("a request fed one byte at a time parses the same as all at once", "[http][parser]") {
  for (const std::size_t step : {std::size_t{1}, std::size_t{3}, kPost.size()}) {
    Feeder feeder;
    feeder.run(kPost, step);
    REQUIRE(feeder.requests.size() == 1);
    const HttpRequest& request = feeder.requests.front();
    CHECK(request.method == "POST");
    CHECK(request.uri == "/api/graphql?x=1");
    CHECK(request.path == "/api/graphql");
    CHECK(request.query == "x=1");
    CHECK(request.header("content-type") == "application/json");
    CHECK(request.body == "{\"query\":1}");
    CHECK(request.keep_alive);
    CHECK(feeder.buffered.empty());
  }
}

TEST_CASE("pipelined requests come out one by one, in order", "[http][parser]") {
  const std::string input = "GET /a HTTP/1.1\r\nHost: a\r\n\r\n" + kPost +
                            "HEAD /c HTTP/1.1\r\nConnection: close\r\n\r\n";
  for (const std::size_t step : {std::size_t{1}, input.size()}) {
    Feeder feeder;
    CHECK(feeder.run(input, step) == HttpParser::Result::need_more);
    REQUIRE(feeder.requests.size() == 3);
    CHECK(feeder.requests[0].path == "/a");
    CHECK(feeder.requests[1].body == "{\"query\":1}");
    CHECK(feeder.requests[2].method == "HEAD");
    CHECK_FALSE(feeder.requests[2].keep_alive);
  }
}

TEST_CASE("chunked bodies are decoded, extensions and trailers ignored", "[http][parser]") {
  const std::string input =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
      "5;ext=1\r\nhello\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nX-Trailer: t\r\n\r\n"
      "GET /next HTTP/1.1\r\n\r\n";
  for (const std::size_t step : {std::size_t{1}, std::size_t{7}, input.size()}) {
    Feeder feeder;
    feeder.run(input, step);
    REQUIRE(feeder.requests.size() == 2);
    CHECK(feeder.requests[0].body == "helloabcdefghijklmnopqrstuvwxyz");
    CHECK(feeder.requests[1].path == "/next");
  }
}

TEST_CASE("HTTP/1.0, Connection and Expect decide keep-alive and 100-continue", "[http][parser]") {
  Feeder feeder;
  feeder.run(
      "GET / HTTP/1.0\r\n\r\nGET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"
      "GET / HTTP/1.1\r\nConnection: foo, close\r\n\r\n",
      1);
  REQUIRE(feeder.requests.size() == 3);
  CHECK_FALSE(feeder.requests[0].keep_alive);
  CHECK(feeder.requests[1].keep_alive);
  CHECK_FALSE(feeder.requests[2].keep_alive);

  Feeder expecting;
  expecting.run("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n", 1);
  CHECK(expecting.parser.reading_body());
  CHECK(expecting.parser.request().expect_continue);
}

TEST_CASE("several lines of one header are one list, lookups ignore case", "[http][parser]") {
  Feeder feeder;
  feeder.run("GET / HTTP/1.1\r\nX-Forwarded-For: 1.1.1.1\r\nx-forwarded-for:  2.2.2.2 \r\n\r\n", 5);
  REQUIRE(feeder.requests.size() == 1);
  CHECK(feeder.requests[0].joined("X-FORWARDED-FOR") == "1.1.1.1,2.2.2.2");
  CHECK(feeder.requests[0].header("x-forwarded-for") == "1.1.1.1");
  CHECK_FALSE(feeder.requests[0].has("Accept"));
}

TEST_CASE("limits: 413 by Content-Length before the body, 413 while chunked, 414, 431",
          "[http][parser]") {
  SECTION("Content-Length over the limit fails as soon as the head is complete") {
    Feeder feeder;
    CHECK(feeder.run("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n", 1) ==
          HttpParser::Result::failed);
    CHECK(feeder.parser.error_status() == 413);
  }
  SECTION("a chunked body growing over the limit fails at the chunk that crosses it") {
    Feeder feeder;
    CHECK(feeder.run("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n32\r\n" +
                         std::string(50, 'a') + "\r\n33\r\n",
                     1) == HttpParser::Result::failed);
    CHECK(feeder.parser.error_status() == 413);
  }
  SECTION("a URI over the limit, whole or still arriving") {
    Feeder whole;
    CHECK(whole.run("GET /" + std::string(300, 'a') + " HTTP/1.1\r\n\r\n", 1000) ==
          HttpParser::Result::failed);
    CHECK(whole.parser.error_status() == 414);
    Feeder endless;
    CHECK(endless.run("GET /" + std::string(400, 'a'), 1) == HttpParser::Result::failed);
    CHECK(endless.parser.error_status() == 414);
  }
  SECTION("a header section over the cap") {
    Feeder feeder;
    std::string head = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 40; ++i)
      head += "X-Pad-" + std::to_string(i) + ": " + std::string(30, 'p') + "\r\n";
    CHECK(feeder.run(head, 1) == HttpParser::Result::failed);
    CHECK(feeder.parser.error_status() == 431);
  }
  SECTION("a body exactly at the limit is fine") {
    Feeder feeder;
    feeder.run("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + std::string(100, 'b'), 9);
    REQUIRE(feeder.requests.size() == 1);
    CHECK(feeder.requests[0].body.size() == 100);
  }
}

TEST_CASE("malformed requests are refused with the status that says why", "[http][parser]") {
  const auto status_of = [](const std::string& input) {
    Feeder feeder;
    const auto result = feeder.run(input, 1);
    return result == HttpParser::Result::failed ? feeder.parser.error_status() : 0;
  };
  CHECK(status_of("GET\r\n\r\n") == 400);
  CHECK(status_of("GET / HTTP/1.1 extra\r\n\r\n") == 400);
  CHECK(status_of("G(T / HTTP/1.1\r\n\r\n") == 400);
  CHECK(status_of("GET / HTTX/1.1\r\n\r\n") == 400);
  CHECK(status_of("GET / HTTP/2.0\r\n\r\n") == 505);
  CHECK(status_of("GET / HTTP/1.1\r\nNo colon here\r\n\r\n") == 400);
  CHECK(status_of("GET / HTTP/1.1\r\nBad : space\r\n\r\n") == 400);
  CHECK(status_of("GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n") == 400);
  CHECK(status_of("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") == 400);
  CHECK(status_of("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") == 400);
  CHECK(status_of("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n") ==
        400);
  CHECK(status_of("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") == 501);
  CHECK(status_of("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") == 400);
  CHECK(status_of("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n") == 400);
  CHECK(status_of("GET / HTTP/1.1\r\nExpect: something\r\n\r\n") == 417);
}

TEST_CASE("answers carry Date, Content-Length and Connection: Close, HEAD has no body",
          "[http][response]") {
  HttpResponse response;
  response.status = 404;
  response.set("Content-Type", "text/plain");
  response.set("content-type", "application/json");
  response.body = "{}";
  response.close = true;
  std::string out;
  serialize_response(response, out);
  CHECK(out.rfind("HTTP/1.1 404 Not Found\r\nDate: ", 0) == 0);
  CHECK(out.find("content-type") == std::string::npos);
  CHECK(out.find("Content-Type: application/json\r\n") != std::string::npos);
  CHECK(out.find("Content-Length: 2\r\nConnection: Close\r\n\r\n{}") != std::string::npos);
  response.head = true;
  response.close = false;
  out.clear();
  serialize_response(response, out);
  CHECK(out.ends_with("Content-Length: 2\r\n\r\n"));
  CHECK(error_body("a \"quoted\" \\ word") == R"({"errors":[{"message":"a \"quoted\" \\ word"}]})");
}

}  // namespace kvm48::http
