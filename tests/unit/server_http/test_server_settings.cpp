#include <catch2/catch.hpp>

#include "config/config_issue.hpp"
#include "http/server_settings.hpp"

namespace kvm48::http {
namespace {

host::EnvLookup environment(std::map<std::string, std::string> values) {
  return [values](const std::string& name) -> std::optional<std::string> {
    const auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

}  // namespace

TEST_CASE("listen addresses: host and port, bracketed IPv6, bad ones refused", "[http][settings]") {
  CHECK(parse_listen_address("127.0.0.1:8048")->port == 8048);
  CHECK(parse_listen_address("[::1]:0")->host == "::1");
  CHECK(parse_listen_address("0.0.0.0:65535")->port == 65535);
  CHECK_FALSE(parse_listen_address("127.0.0.1"));
  CHECK_FALSE(parse_listen_address("::1:80"));
  CHECK_FALSE(parse_listen_address("host:65536"));
  CHECK_FALSE(parse_listen_address("host:80x"));
  CHECK_FALSE(parse_listen_address(":80"));
}

TEST_CASE("the original's environment variables turn limiting on over the YAML settings",
          "[http][settings]") {
  host::ServerConfig config;
  const auto off = resolve_server_settings(config, environment({}));
  CHECK_FALSE(off.rate_limit.enabled);
  const auto on = resolve_server_settings(
      config, environment({{"RATELIMIT_STORAGE_URL", "redis://localhost:6379/15"},
                           {"RATELIMIT", "5 per minute"}}));
  CHECK(on.rate_limit.enabled);
  CHECK(on.rate_limit.storage_url == "redis://localhost:6379/15");
  REQUIRE(on.rate_limit.limiter.limits.size() == 1);
  CHECK(on.rate_limit.limiter.limits[0].to_string() == "5 per 1 minute");
}

TEST_CASE("bad server values are reported at their position, all of them at once",
          "[http][settings]") {
  host::ServerConfig config;
  config.listen = "nowhere";
  config.listen_at = {"k.yaml", 3, 11, "server.listen"};
  config.trusted_proxies = {"10.0.0.0/33"};
  config.trusted_proxies_at = {"k.yaml", 4, 20, "server.trusted_proxies"};
  config.rate_limit.limits = "lots";
  config.rate_limit.limits_at = {"k.yaml", 7, 13, "server.rate_limit.limits"};
  try {
    resolve_server_settings(config, environment({}));
    FAIL("expected a ConfigError");
  } catch (const host::ConfigError& e) {
    REQUIRE(e.issues().size() == 3);
    CHECK_THAT(e.issues()[0].to_string(), Catch::StartsWith("k.yaml:3:11: server.listen:"));
    CHECK_THAT(e.issues()[1].to_string(),
               Catch::StartsWith("k.yaml:4:20: server.trusted_proxies:"));
    CHECK_THAT(e.issues()[2].to_string(),
               Catch::StartsWith("k.yaml:7:13: server.rate_limit.limits:"));
  }
  config = {};
  CHECK_THROWS_WITH(resolve_server_settings(config, environment({{"RATELIMIT", "x"}})),
                    Catch::Contains("RATELIMIT:"));
}

}  // namespace kvm48::http
