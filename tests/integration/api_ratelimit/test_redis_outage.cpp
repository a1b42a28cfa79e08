// A Redis that is down (stopped) or hung (frozen): the failure policy decides, no request
// waits on Redis beyond the configured timeouts, /ready says why, and limiting resumes
// when Redis is back.

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "limit_support.hpp"
#include "redis_inspect.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// Generous: the server's Redis timeout is 200 ms (connect and per command).
constexpr auto kAnswerBound = 3s;
const std::string kStorageErrors = "kvm48_ratelimit_storage_errors_total";
const std::string kRejections = "kvm48_ratelimit_rejections_total{route=\"/api/graphql\"}";

ServerProcess redis_backed_server(const RedisServer& redis, const std::string& policy) {
  LimitYaml yaml;
  yaml.limits = "100/minute";
  yaml.storage = redis.url(1);
  yaml.on_storage_failure = policy;
  return ServerProcess(
      ServerOptions{rate_limit_yaml(yaml) + "    redis_timeout_ms: 200\n", {}, {}});
}

/// A limited request, checked to come back within kAnswerBound.
HttpReply timed_post(int port) {
  const auto start = Clock::now();
  HttpReply reply = limited_post(port);
  CHECK(Clock::now() - start < kAnswerBound);
  return reply;
}

HttpReply timed_ready(int port) {
  const auto start = Clock::now();
  HttpReply reply = http_call(port, "GET", "/ready");
  CHECK(Clock::now() - start < kAnswerBound);
  return reply;
}

/// While Redis is unavailable: served without headers (policy allow), /ready 503 naming the
/// storage, storage errors counted.
void check_allow_policy_while_down(int port, const RedisServer& redis) {
  const double errors_before = metric_value(port, kStorageErrors);
  for (int i = 0; i < 4; ++i) {
    INFO("request " << i + 1 << " while Redis is unavailable");
    const HttpReply reply = timed_post(port);
    CHECK(reply.status == 200);
    CHECK(reply.json() == nlohmann::ordered_json::parse(R"({"data":{"__typename":"Query"}})"));
    CHECK(has_no_limit_headers(reply));
  }
  CHECK(metric_value(port, kStorageErrors) >= errors_before + 4);
  const HttpReply ready = timed_ready(port);
  CHECK(ready.status == 503);
  const auto body = ready.json();
  CHECK(body["status"] == "not ready");
  CHECK(body["checks"]["backend"] == "ok");
  const std::string why = body["checks"]["ratelimit"].get<std::string>();
  CHECK_THAT(why, Catch::Matchers::Contains("redis://127.0.0.1:" + std::to_string(redis.port())));
  CHECK(metric_value(port, kRejections) == 0);
}

/// Polls /ready until it answers 200 (Redis back), then checks limiting is on again.
void check_recovered(int port) {
  const auto deadline = Clock::now() + 10s;
  HttpReply ready;
  do {
    ready = timed_ready(port);
    if (ready.status == 200) break;
    std::this_thread::sleep_for(100ms);
  } while (Clock::now() < deadline);
  REQUIRE(ready.status == 200);
  CHECK(ready.json()["checks"]["ratelimit"] == "ok");
  // The pool may still be inside its one-second back-off after the last failure.
  HttpReply reply;
  for (int i = 0; i < 30; ++i) {
    reply = timed_post(port);
    if (limit_headers(reply)) break;
    std::this_thread::sleep_for(100ms);
  }
  CHECK(reply.status == 200);
  REQUIRE(limit_headers(reply).has_value());
  CHECK(limit_headers(reply)->limit == 100);
}

}  // namespace

TEST_CASE(
    "redis down with policy allow: served without headers and /ready 503 and errors "
    "counted until Redis is back and limiting resumes",
    "[api][ratelimit][redis]") {
  RedisServer redis;
  ServerProcess server = redis_backed_server(redis, "allow");
  const int port = server.port();
  const HttpReply healthy = timed_post(port);
  CHECK(healthy.status == 200);
  CHECK(limit_headers(healthy).value().remaining == 99);
  CHECK(http_call(port, "GET", "/ready").status == 200);
  CHECK(metric_value(port, kStorageErrors) == 0);

  redis.stop();
  check_allow_policy_while_down(port, redis);
  CHECK(http_call(port, "GET", "/health").status == 200);

  redis.start();
  check_recovered(port);
  check_clean_exit(server);
}

TEST_CASE(
    "redis hung (frozen) with policy allow: answers within the timeouts and /ready 503 "
    "until it thaws and limiting resumes",
    "[api][ratelimit][redis]") {
  RedisServer redis;
  ServerProcess server = redis_backed_server(redis, "allow");
  const int port = server.port();
  CHECK(limit_headers(timed_post(port)).has_value());  // a pooled connection now exists

  redis.freeze();
  check_allow_policy_while_down(port, redis);

  redis.thaw();
  check_recovered(port);
  check_clean_exit(server);
}

TEST_CASE("redis down with policy deny: 503 with Retry-After and a JSON error and never a 429",
          "[api][ratelimit][redis]") {
  RedisServer redis;
  ServerProcess server = redis_backed_server(redis, "deny");
  const int port = server.port();
  CHECK(limit_headers(timed_post(port)).has_value());

  redis.stop();
  for (int i = 0; i < 3; ++i) {
    INFO("request " << i + 1 << " while Redis is down");
    const HttpReply reply = timed_post(port);
    CHECK(reply.status == 503);
    CHECK(reply.header("retry-after") == "1");
    CHECK(has_no_limit_headers(reply));
    const auto body = reply.json();
    REQUIRE(body["errors"].size() == 1);
    CHECK_THAT(body["errors"][0]["message"].get<std::string>(),
               Catch::Matchers::Contains("Rate limiting is unavailable"));
  }
  CHECK(metric_value(port, kStorageErrors) >= 3);
  CHECK(metric_value(port, kRejections) == 0);
  CHECK(timed_ready(port).status == 503);
  // Exempt routes do not depend on the limiter.
  CHECK(http_call(port, "GET", "/health").status == 200);
  CHECK(http_call(port, "GET", "/graphiql/graphiql.min.js").status == 200);

  redis.start();
  check_recovered(port);
  check_clean_exit(server);
}

}  // namespace kvm48::test
