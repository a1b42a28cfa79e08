// Whose budget a request spends: the TCP peer's, or the client named in X-Forwarded-For
// when (and only when) the peer is a configured trusted proxy.

#include <catch2/catch.hpp>

#include "limit_support.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

ServerProcess server_trusting(const std::string& trusted_proxies_yaml) {
  LimitYaml yaml;
  yaml.limits = "2/minute";
  yaml.extra = trusted_proxies_yaml;
  return ServerProcess(ServerOptions{rate_limit_yaml(yaml), {}, {}});
}

HttpReply post_as(int port, const std::string& forwarded_for) {
  return limited_post(port, {{"X-Forwarded-For", forwarded_for}});
}

}  // namespace

TEST_CASE("trusted proxy 127.0.0.1: each X-Forwarded-For client has its own budget",
          "[api][ratelimit]") {
  ServerProcess server = server_trusting("  trusted_proxies: [\"127.0.0.1\"]\n");
  const int port = server.port();
  CHECK(limit_headers(post_as(port, "203.0.113.10")).value().remaining == 1);
  CHECK(limit_headers(post_as(port, "203.0.113.10")).value().remaining == 0);
  check_refused(post_as(port, "203.0.113.10"), "2 per 1 minute", 60);
  // Another client behind the same proxy starts afresh.
  const HttpReply other = post_as(port, "203.0.113.20");
  CHECK(other.status == 200);
  CHECK(limit_headers(other).value().remaining == 1);
  // The proxy itself (no X-Forwarded-For) is a client of its own.
  const HttpReply direct = limited_post(port);
  CHECK(direct.status == 200);
  CHECK(limit_headers(direct).value().remaining == 1);
  // A chain ending in trusted hops is walked from the right to the first untrusted one.
  check_refused(post_as(port, "203.0.113.10, 127.0.0.1"), "2 per 1 minute", 60);
  CHECK(limit_headers(post_as(port, "198.51.100.1, 203.0.113.20")).value().remaining == 0);
  check_refused(post_as(port, "203.0.113.20"), "2 per 1 minute", 60);
  check_clean_exit(server);
}

TEST_CASE("trusted proxy: several X-Forwarded-For header lines are read as one list",
          "[api][ratelimit]") {
  ServerProcess server = server_trusting("  trusted_proxies: [\"127.0.0.1\"]\n");
  const int port = server.port();
  // The client is the rightmost untrusted entry of all lines together: reading only the
  // first line would find 127.0.0.1 in the first case, only the last line in the second.
  const Headers first_line_trusted{{"X-Forwarded-For", "127.0.0.1"},
                                   {"X-Request-Id", "between"},
                                   {"X-Forwarded-For", "203.0.113.41"}};
  const Headers last_line_trusted{{"X-Forwarded-For", "203.0.113.42"},
                                  {"X-Forwarded-For", "127.0.0.1"}};
  CHECK(limit_headers(limited_post(port, first_line_trusted)).value().remaining == 1);
  CHECK(limit_headers(limited_post(port, last_line_trusted)).value().remaining == 1);
  CHECK(limit_headers(post_as(port, "203.0.113.41")).value().remaining == 0);
  CHECK(limit_headers(post_as(port, "203.0.113.42")).value().remaining == 0);
  // Neither request spent the proxy's own budget.
  CHECK(limit_headers(limited_post(port)).value().remaining == 1);
}

TEST_CASE("untrusted peers cannot buy a new budget with X-Forwarded-For", "[api][ratelimit]") {
  const std::string proxies =
      GENERATE(as<std::string>{}, "",  // the default: nobody trusted
               "  trusted_proxies: []\n", "  trusted_proxies: [\"10.0.0.0/8\", \"::1\"]\n");
  INFO("server YAML: " << proxies);
  ServerProcess server = server_trusting(proxies);
  const int port = server.port();
  CHECK(limit_headers(post_as(port, "203.0.113.10")).value().remaining == 1);
  CHECK(limit_headers(post_as(port, "203.0.113.11")).value().remaining == 0);
  check_refused(post_as(port, "203.0.113.12"), "2 per 1 minute", 60);
  check_refused(post_as(port, "10.1.2.3"), "2 per 1 minute", 60);
  check_refused(limited_post(port), "2 per 1 minute", 60);
}

}  // namespace kvm48::test
