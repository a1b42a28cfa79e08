// The routes rate limiting leaves alone (as the original, which limited only GraphQL
// requests): the GraphiQL page and files, the probes, the metrics and the redirects. They
// never count against a client's budget and are served even when it is spent.

#include <catch2/catch.hpp>

#include "limit_support.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

struct ExemptRequest {
  const char* what;
  const char* path;
  Headers headers;
  int status;
};

const std::vector<ExemptRequest>& exempt_requests() {
  static const std::vector<ExemptRequest> requests{
      {"health", "/health", {}, 200},
      {"ready", "/ready", {}, 200},
      {"metrics", "/metrics", {}, 200},
      {"GraphiQL page", "/api/graphql", {{"Accept", "text/html"}}, 200},
      {"GraphiQL page with a query",
       "/api/graphql?query=%7B__typename%7D",
       {{"Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"}},
       200},
      {"GraphiQL file", "/graphiql/graphiql.min.js", {}, 200},
      {"GraphiQL stylesheet", "/graphiql/graphiql.min.css", {}, 200},
      {"redirect to the docs", "/", {}, 302},
      {"redirect to the endpoint", "/api/", {}, 302},
  };
  return requests;
}

/// Sends every exempt request `times` times; each must answer its usual status with no
/// X-RateLimit-* headers.
void check_exempt_requests(int port, int times) {
  for (int round = 0; round < times; ++round) {
    for (const ExemptRequest& request : exempt_requests()) {
      INFO(request.what << " (" << request.path << "), round " << round);
      const HttpReply reply = http_call(port, "GET", request.path, request.headers);
      CHECK(reply.status == request.status);
      CHECK(has_no_limit_headers(reply));
      CHECK(!reply.headers.contains("retry-after"));
    }
  }
}

}  // namespace

TEST_CASE("exempt routes never count and are served after the budget is spent",
          "[api][ratelimit]") {
  LimitYaml yaml;
  yaml.limits = "3/minute";
  ServerProcess server(ServerOptions{rate_limit_yaml(yaml), {}, {}});
  // Many exempt requests first: had any counted, the budget of 3 would be gone.
  check_exempt_requests(server.port(), 4);
  for (std::uint64_t i = 0; i < 3; ++i) {
    const HttpReply reply = limited_post(server.port());
    CHECK(reply.status == 200);
    CHECK(limit_headers(reply).value().remaining == 2 - i);
  }
  check_refused(limited_post(server.port()), "3 per 1 minute", 60);
  // Spent: GraphQL is refused, everything else still answers.
  check_exempt_requests(server.port(), 2);
  check_refused(limited_get(server.port()), "3 per 1 minute", 60);
  check_clean_exit(server);
}

TEST_CASE("without rate limiting no answer carries X-RateLimit headers", "[api][ratelimit]") {
  ServerProcess server;
  for (int i = 0; i < 5; ++i) {
    const HttpReply reply = limited_post(server.port());
    CHECK(reply.status == 200);
    CHECK(has_no_limit_headers(reply));
  }
  check_exempt_requests(server.port(), 1);
}

}  // namespace kvm48::test
