// Bad requests get the right answer and never hurt the server: limits on body and URI,
// slow and stalled clients, invalid UTF-8, GraphQL limits and the result bound.

#include <chrono>
#include <string>

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

/// Does the raw answer start with this status line?
bool answered(const std::string& raw, int status) {
  return raw.rfind("HTTP/1.1 " + std::to_string(status) + " ", 0) == 0;
}

bool valid_utf8(const std::string& text) {
  try {
    const std::string dumped = Json(text).dump();  // throws on invalid UTF-8 by default
    return !dumped.empty();
  } catch (const nlohmann::json::exception&) {
    return false;
  }
}

}  // namespace

TEST_CASE(
    "a body over max_body_bytes is 413 (by Content-Length or while chunked) and the "
    "connection closes",
    "[api][robustness]") {
  ServerProcess server({"  max_body_bytes: 1024\n", {}, {}});
  const std::string big = R"({"query":"{ revision }","pad":")" + std::string(2000, 'x') + "\"}";
  const HttpReply by_length =
      http_call(server.port(), "POST", "/api/graphql", {{"Content-Type", "application/json"}}, big);
  CHECK(by_length.status == 413);
  std::string chunked =
      "POST /api/graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Transfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 3; ++i) chunked += "200\r\n" + std::string(512, ' ') + "\r\n";
  chunked += "0\r\n\r\n";
  const std::string raw = raw_exchange(server.port(), chunked);
  INFO(raw);
  CHECK(answered(raw, 413));
  CHECK(raw.find("Connection: Close") != std::string::npos);
  CHECK(http_call(server.port(), "GET", "/health").status == 200);
}

TEST_CASE("a URI over max_uri_bytes is 414", "[api][robustness]") {
  ServerProcess server({"  max_uri_bytes: 512\n", {}, {}});
  const HttpReply reply =
      http_call(server.port(), "GET", "/api/graphql?query=" + std::string(600, 'a'));
  CHECK(reply.status == 414);
}

TEST_CASE("slow and stalled clients are timed out, the server goes on serving",
          "[api][robustness]") {
  ServerProcess server({"  timeout_seconds: 1\n  request_deadline_seconds: 2\n", {}, {}});
  SECTION("a body that stops arriving: 408, then the connection closes") {
    const auto started = Clock::now();
    const std::string raw =
        raw_exchange(server.port(),
                     "POST /api/graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 100\r\n\r\n{\"query\":",
                     15000);
    INFO(raw);
    CHECK(answered(raw, 408));
    CHECK(Clock::now() - started < std::chrono::seconds(10));
  }
  SECTION("headers that never end: the connection is closed") {
    const auto started = Clock::now();
    const std::string raw =
        raw_exchange(server.port(), "GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: a", 15000);
    CHECK_FALSE(answered(raw, 200));
    CHECK(Clock::now() - started < std::chrono::seconds(10));
  }
  CHECK(http_call(server.port(), "GET", "/health").status == 200);
}

TEST_CASE("invalid UTF-8 anywhere is refused with 400, and every answer is valid UTF-8",
          "[api][robustness]") {
  ServerProcess server;
  const int port = server.port();
  const std::string bad = "\xff\xfe";
  const HttpReply json_body =
      http_call(port, "POST", "/api/graphql", {{"Content-Type", "application/json"}},
                "{\"query\":\"{ perfVod(id: \\\"" + bad + "\\\") { id } }\"}");
  CHECK(json_body.status == 400);
  const HttpReply graphql_body =
      http_call(port, "POST", "/api/graphql", {{"Content-Type", "application/graphql"}},
                "{ perfVod(id: \"" + bad + "\") { id } }");
  CHECK(graphql_body.status == 400);
  const HttpReply query_param =
      http_call(port, "GET", "/api/graphql?query=%7B%20perfVod(id%3A%22%FF%22)%7Bid%7D%7D");
  CHECK(query_param.status == 400);
  const HttpReply lone_surrogate =
      http_call(port, "POST", "/api/graphql", {{"Content-Type", "application/json"}},
                R"({"query":"{ perfVod(id: \"\ud800\") { id } }"})");
  CHECK(lone_surrogate.status == 400);
  for (const auto* reply : {&json_body, &graphql_body, &query_param, &lone_surrogate}) {
    CHECK(valid_utf8(reply->body));
  }
  // Not UTF-8 trouble: a syntax error quoting a multi-byte character answers normally.
  const HttpReply syntax = post_graphql(port, "{ perfVod(id: \"莫寒\") { id } ");
  CHECK(syntax.status == 200);
  CHECK(valid_utf8(syntax.body));
  CHECK(http_call(port, "GET", "/health").status == 200);
}

TEST_CASE("GraphQL limits from the config are enforced", "[api][robustness]") {
  ServerProcess server({"  graphql:\n    max_depth: 3\n    max_aliases: 2\n", {}, {}});
  const Json deep =
      post_graphql(server.port(), "{ __schema { types { fields { type { name } } } } }").json();
  CHECK_FALSE(deep.contains("data"));
  CHECK_THAT(deep["errors"][0]["message"].get<std::string>(), Catch::Contains("fields deep"));
  const Json aliases =
      post_graphql(server.port(), "{ a: revision b: revision c: revision }").json();
  CHECK_FALSE(aliases.contains("data"));
  CHECK(post_graphql(server.port(), "{ a: revision b: revision }").json().contains("data"));
}

TEST_CASE("perfVods answers are bounded by max_results with an error naming the bound",
          "[api][robustness]") {
  TempDir dir;
  const std::string database = dir.path() + "/data.db";
  write_original_fixture(database);
  ServerProcess server({"  max_results: 2\n", {}, database});
  const Json over =
      post_graphql(server.port(), "{ perfVods(from: 0, to: 2000000000) { id } }").json();
  CHECK(over["data"]["perfVods"].is_null());
  CHECK_THAT(over["errors"][0]["message"].get<std::string>(), Catch::Contains("more than 2 VODs"));
  const Json within =
      post_graphql(server.port(), "{ perfVods(from: 0, to: 2000000000, group: GNZ48) { id } }")
          .json();
  CHECK_FALSE(within.contains("errors"));
  const Json ids =
      post_graphql(server.port(), R"({ perfVods(ids: ["a", "b", "c"]) { id } })").json();
  CHECK_THAT(ids["errors"][0]["message"].get<std::string>(), Catch::Contains("fewer ids"));
}

}  // namespace kvm48::test
