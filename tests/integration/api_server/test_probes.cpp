// /health, /ready, /metrics, and GraphiQL's page and files.

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

const char* kBrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

}  // namespace

TEST_CASE("/health and /ready answer GET and HEAD, refuse other methods", "[api][probes]") {
  ServerProcess server;
  const HttpReply health = http_call(server.port(), "GET", "/health");
  CHECK(health.status == 200);
  CHECK(health.json()["status"] == "ok");
  const HttpReply head = http_call(server.port(), "HEAD", "/health");
  CHECK(head.status == 200);
  CHECK(head.body.empty());
  const HttpReply ready = http_call(server.port(), "GET", "/ready");
  CHECK(ready.status == 200);
  CHECK(ready.json()["checks"]["backend"] == "ok");
  CHECK_FALSE(ready.json()["checks"].contains("ratelimit"));
  const HttpReply post = http_call(server.port(), "POST", "/health", {}, "x");
  CHECK(post.status == 405);
  CHECK(post.header("allow") == "GET, HEAD");
}

TEST_CASE("/metrics counts requests by route and status, latency and GraphQL errors",
          "[api][probes]") {
  ServerProcess server;
  const int port = server.port();
  for (int i = 0; i < 3; ++i) REQUIRE(post_graphql(port, "{ revision }").status == 200);
  REQUIRE(post_graphql(port, "{ nope }").status == 200);
  REQUIRE(http_call(port, "GET", "/nope").status == 404);
  const HttpReply metrics = http_call(port, "GET", "/metrics");
  CHECK(metrics.status == 200);
  CHECK(metrics.header("content-type") == "text/plain; version=0.0.4; charset=utf-8");
  const std::string& text = metrics.body;
  CHECK_THAT(text,
             Catch::Contains("kvm48_http_requests_total{route=\"/api/graphql\",method=\"POST\","
                             "status=\"200\"} 4"));
  CHECK_THAT(text,
             Catch::Contains(
                 "kvm48_http_requests_total{route=\"other\",method=\"GET\",status=\"404\"} 1"));
  CHECK_THAT(
      text, Catch::Contains("kvm48_http_request_duration_seconds_count{route=\"/api/graphql\"} 4"));
  CHECK_THAT(text, Catch::Contains("kvm48_graphql_errors_total{kind=\"request\"} 1"));
  CHECK_THAT(text, Catch::Contains("kvm48_build_info{version=\""));
  // The malloc the binary was linked with (server/app/CMakeLists.txt) is the one in use.
  CHECK_THAT(text, Catch::Contains(",allocator=\"" KVM48_SERVER_ALLOCATOR " "));
  // At least this connection; closed ones may not have been noticed yet.
  CHECK_THAT(text, Catch::Matches("[^]*\nkvm48_http_connections_active [1-9][0-9]*\n[^]*"));
}

TEST_CASE("a browser GET on /api/graphql gets GraphiQL, its files come from the server",
          "[api][graphiql]") {
  ServerProcess server;
  const int port = server.port();
  const HttpReply page = http_call(port, "GET", "/api/graphql", {{"Accept", kBrowserAccept}});
  CHECK(page.status == 200);
  CHECK(page.header("content-type") == "text/html; charset=utf-8");
  CHECK_THAT(page.body, Catch::Contains("/graphiql/graphiql.min.js"));
  CHECK(page.body.find("https://") == std::string::npos);
  // ?raw asks for GraphQL even from a browser (Flask-GraphQL's switch).
  CHECK(
      http_call(port, "GET", "/api/graphql?raw&query=%7Brevision%7D", {{"Accept", kBrowserAccept}})
          .header("content-type") == "application/json; charset=utf-8");
  for (const char* file : {"graphiql.min.js", "graphiql.min.css", "react.production.min.js",
                           "react-dom.production.min.js"}) {
    const HttpReply asset = http_call(port, "GET", std::string("/graphiql/") + file);
    CHECK(asset.status == 200);
    CHECK(asset.body.size() > 1000);
    const HttpReply again = http_call(port, "GET", std::string("/graphiql/") + file,
                                      {{"If-None-Match", asset.header("etag")}});
    CHECK(again.status == 304);
  }
  CHECK(http_call(port, "GET", "/graphiql/../kvm48.yaml").status == 404);
}

}  // namespace kvm48::test
