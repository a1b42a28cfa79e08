// /metrics counts the 429s: kvm48_ratelimit_rejections_total{route="/api/graphql"}.

#include <catch2/catch.hpp>

#include "limit_support.hpp"
#include "server_process.hpp"

namespace kvm48::test {

TEST_CASE("metrics: kvm48_ratelimit_rejections_total equals the 429s sent", "[api][ratelimit]") {
  LimitYaml yaml;
  yaml.limits = "2/minute";
  ServerProcess server(ServerOptions{rate_limit_yaml(yaml), {}, {}});
  const int port = server.port();
  const std::string series = "kvm48_ratelimit_rejections_total{route=\"/api/graphql\"}";
  CHECK(metric_value(port, series) == 0);
  CHECK(limited_post(port).status == 200);
  CHECK(limited_get(port).status == 200);
  CHECK(metric_value(port, series) == 0);
  int refused = 0;
  for (int i = 0; i < 4; ++i) {
    const HttpReply reply = i % 2 == 0 ? limited_post(port) : limited_get(port);
    CHECK(reply.status == 429);
    if (reply.status == 429) ++refused;
    CHECK(metric_value(port, series) == refused);
  }
  // Exempt requests (the metrics scrapes above among them) are never rejections.
  CHECK(http_call(port, "GET", "/health").status == 200);
  CHECK(metric_value(port, series) == 4);
  CHECK(metric_value(port, "kvm48_ratelimit_storage_errors_total") == 0);
}

}  // namespace kvm48::test
