// A Redis that requires a password: the server authenticates, and the password shows
// nowhere (not in /ready, not in the log) when Redis refuses it or is down.

#include <catch2/catch.hpp>

#include "limit_support.hpp"
#include "redis_inspect.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

using Catch::Matchers::Contains;

ServerProcess server_on(const std::string& storage) {
  LimitYaml yaml;
  yaml.limits = "5/minute";
  yaml.storage = storage;
  return ServerProcess(ServerOptions{rate_limit_yaml(yaml), {}, {}});
}

}  // namespace

TEST_CASE("redis with a password: counted after AUTH and the password never shown",
          "[api][ratelimit][redis]") {
  const std::string password = "pw-7f3a9c-secret";
  RedisServer redis(password);
  const int db = 2;
  ServerProcess server = server_on(redis.url(db));
  const HttpReply reply = limited_post(server.port());
  CHECK(reply.status == 200);
  CHECK(limit_headers(reply).value().remaining == 4);
  CHECK(rate_limit_keys(redis, db) ==
        std::vector<std::string>{"kvm48:rl:fw:/api/graphql:127.0.0.1:5/1/minute"});

  redis.stop();
  const HttpReply ready = http_call(server.port(), "GET", "/ready");
  CHECK(ready.status == 503);
  CHECK_THAT(ready.body, Contains("redis://:***@127.0.0.1:" + std::to_string(redis.port())));
  CHECK_THAT(ready.body, !Contains(password));
  CHECK(has_no_limit_headers(limited_post(server.port())));
  CHECK_THAT(server.log(), !Contains(password));
  check_clean_exit(server);
}

TEST_CASE(
    "redis refusing the password: served without headers and /ready 503 without the "
    "password",
    "[api][ratelimit][redis]") {
  RedisServer redis("the-right-one");
  const std::string wrong = "pw-wrong-51d2e8";
  const std::string url = "redis://:" + wrong + "@127.0.0.1:" + std::to_string(redis.port()) + "/0";
  ServerProcess server = server_on(url);
  for (int i = 0; i < 3; ++i) {
    const HttpReply reply = limited_post(server.port());
    CHECK(reply.status == 200);
    CHECK(has_no_limit_headers(reply));
  }
  CHECK(metric_value(server.port(), "kvm48_ratelimit_storage_errors_total") >= 3);
  const HttpReply ready = http_call(server.port(), "GET", "/ready");
  CHECK(ready.status == 503);
  CHECK_THAT(ready.body, Contains("redis://:***@127.0.0.1:"));
  CHECK_THAT(ready.body, !Contains(wrong));
  CHECK_THAT(server.log(), !Contains(wrong));
  CHECK(rate_limit_keys(redis, 0).empty());
  check_clean_exit(server);
}

}  // namespace kvm48::test
