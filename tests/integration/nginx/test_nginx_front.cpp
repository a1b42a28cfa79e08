// Debian's nginx, configured from config/examples/nginx-kvm48.conf, in front of a real
// `kvm48-server serve` (SQLite file, memory:// rate limit, nginx's 127.0.0.1 trusted).
// Clients connect from 127.0.0.2 and 127.0.0.3, so nginx forwards two real addresses.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <vector>

#include "nginx_process.hpp"
#include "server_process.hpp"
#include "source_client.hpp"

namespace kvm48::test {
namespace {

const std::string kAlice = "127.0.0.2";
const std::string kBob = "127.0.0.3";
constexpr const char* kQuery = "{ __typename }";

/// The server behind nginx: 3 GraphQL requests an hour per client (no window ends during a
/// test), nginx trusted.
ServerProcess limited_server() {
  ServerOptions options;
  options.server_yaml =
      "  trusted_proxies: [\"127.0.0.1\"]\n"
      "  rate_limit:\n    enabled: true\n    storage: \"memory://\"\n    limits: \"3/hour\"\n";
  return ServerProcess(options);
}

std::string remaining(const HttpReply& reply) {
  return reply.header("x-ratelimit-remaining");
}

/// A sample of the server's own /metrics (asked directly, not through nginx); 0 if absent.
double server_metric(int port, const std::string& series) {
  std::istringstream lines(http_call(port, "GET", "/metrics").body);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with(series + " ")) return std::stod(line.substr(series.size() + 1));
  }
  return 0;
}

}  // namespace

TEST_CASE("requests through nginx reach the server and come back", "[nginx]") {
  ServerProcess server = limited_server();
  NginxProcess nginx({server.port()});
  const HttpReply answer = graphql_from(kAlice, nginx.port(), "{ revision }");
  INFO(nginx.error_log());
  REQUIRE(answer.status == 200);
  CHECK_FALSE(answer.json()["data"]["revision"].get<std::string>().empty());
  CHECK(http_from(kAlice, nginx.port(), "GET", "/health").status == 200);
  const HttpReply redirect = http_from(kAlice, nginx.port(), "GET", "/api/");
  CHECK(redirect.status == 302);  // as the original server
  CHECK(redirect.header("location").ends_with("/api/graphql"));
  // The example's port-80 server sends everyone to HTTPS.
  const HttpReply plain = http_from(kAlice, nginx.redirect_port(), "GET", "/api/graphql?x=1");
  CHECK(plain.status == 301);
  CHECK(plain.header("location") == "https://kvm48.example.org/api/graphql?x=1");
}

TEST_CASE("through nginx the rate limit counts each real client address separately",
          "[nginx][ratelimit]") {
  ServerProcess server = limited_server();
  NginxProcess nginx({server.port()});
  const int port = nginx.port();
  CHECK(remaining(graphql_from(kAlice, port, kQuery)) == "2");
  CHECK(remaining(graphql_from(kAlice, port, kQuery)) == "1");
  CHECK(remaining(graphql_from(kAlice, port, kQuery)) == "0");
  const HttpReply refused = graphql_from(kAlice, port, kQuery);
  CHECK(refused.status == 429);
  CHECK_FALSE(refused.header("retry-after").empty());
  // Another address behind the same nginx has a budget of its own.
  const HttpReply bob = graphql_from(kBob, port, kQuery);
  CHECK(bob.status == 200);
  CHECK(remaining(bob) == "2");
  // nginx itself (the trusted peer, no X-Forwarded-For) was never charged.
  CHECK(remaining(post_graphql(server.port(), kQuery)) == "2");
}

TEST_CASE("through nginx a client cannot spoof its address with X-Forwarded-For",
          "[nginx][ratelimit]") {
  ServerProcess server = limited_server();
  NginxProcess nginx({server.port()});
  const int port = nginx.port();
  // Each request names a new client; nginx appends the real one, which the server takes.
  for (const std::string& forged : std::vector<std::string>{"203.0.113.1", "203.0.113.2", kBob}) {
    const HttpReply reply = graphql_from(kAlice, port, kQuery, {{"X-Forwarded-For", forged}});
    CHECK(reply.status == 200);
  }
  CHECK(graphql_from(kAlice, port, kQuery, {{"X-Forwarded-For", "203.0.113.3"}}).status == 429);
  CHECK(graphql_from(kAlice, port, kQuery, {{"X-Real-IP", "203.0.113.4"}}).status == 429);
  // A trusted address in the forged part does not help either (the walk stops at Alice).
  CHECK(graphql_from(kAlice, port, kQuery, {{"X-Forwarded-For", "127.0.0.1"}}).status == 429);
  // Alice's forged "127.0.0.3" spent none of Bob's budget.
  CHECK(remaining(graphql_from(kBob, port, kQuery)) == "2");
}

TEST_CASE("GraphiQL files come through nginx with cache headers, then from its cache", "[nginx]") {
  ServerProcess server = limited_server();
  NginxProcess nginx({server.port()});
  const std::string path = "/graphiql/graphiql.min.css";
  const HttpReply first = http_from(kAlice, nginx.port(), "GET", path);
  INFO(nginx.error_log());
  REQUIRE(first.status == 200);
  CHECK(first.header("cache-control") == "public, max-age=86400");
  CHECK_FALSE(first.header("etag").empty());
  CHECK(first.header("x-cache-status") == "MISS");
  const HttpReply second = http_from(kBob, nginx.port(), "GET", path);
  CHECK(second.status == 200);
  CHECK(second.header("x-cache-status") == "HIT");
  CHECK(second.header("cache-control") == "public, max-age=86400");
  CHECK(second.body == first.body);
  // The server saw the file asked once.
  CHECK(server_metric(
            server.port(),
            R"(kvm48_http_requests_total{route="/graphiql",method="GET",status="200"})") == 1);
  // The GraphQL API itself is never cached.
  CHECK(graphql_from(kAlice, nginx.port(), kQuery).header("x-cache-status").empty());
}

TEST_CASE("/metrics is not public through nginx", "[nginx]") {
  ServerProcess server = limited_server();
  NginxProcess nginx({server.port()});
  CHECK(http_from(kAlice, nginx.port(), "GET", "/metrics").status == 403);
  const HttpReply local = http_from("127.0.0.1", nginx.port(), "GET", "/metrics");
  CHECK(local.status == 200);
  CHECK(local.body.find("kvm48_http_requests_total") != std::string::npos);
}

TEST_CASE("the example site passes nginx -t as it is, TLS included", "[nginx]") {
  TempDir dir;
  const std::string site = dir.path() + "/kvm48.conf";
  {
    std::ofstream out(site);
    out << example_site_in(dir.path());
  }
  const std::string main = dir.path() + "/nginx.conf";
  {
    std::ofstream out(main);
    out << main_config(dir.path(), site);
  }
  const auto [status, output] = nginx_test_config(dir.path(), main);
  INFO(output);
  CHECK(status == 0);
}

}  // namespace kvm48::test
