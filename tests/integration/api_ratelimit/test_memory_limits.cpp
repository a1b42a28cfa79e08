// memory:// rate limiting over real HTTP: the refusal, the X-RateLimit-* headers on every
// limited answer, both strategies, several limits at once, and GET queries counted too.
// Counting tests use minute-long (or longer) windows so that no window ends mid-test.

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "limit_support.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

ServerProcess memory_server(const std::string& limits, const std::string& strategy) {
  LimitYaml yaml;
  yaml.limits = limits;
  yaml.strategy = strategy;
  return ServerProcess(ServerOptions{rate_limit_yaml(yaml), {}, {}});
}

}  // namespace

TEST_CASE(
    "memory: the 4th request of 3/minute is refused with 429 and Retry-After and the JSON "
    "error while the headers count down on every answer",
    "[api][ratelimit]") {
  ServerProcess server = memory_server("3/minute", "fixed-window");
  const std::int64_t before = epoch_seconds();
  std::int64_t window_reset = 0;
  for (std::uint64_t i = 0; i < 3; ++i) {
    INFO("request " << i + 1);
    const HttpReply reply = limited_post(server.port());
    CHECK(reply.status == 200);
    CHECK(reply.json() == nlohmann::ordered_json::parse(R"({"data":{"__typename":"Query"}})"));
    const auto headers = limit_headers(reply);
    REQUIRE(headers.has_value());
    CHECK(headers->limit == 3);
    CHECK(headers->remaining == 2 - i);
    // The fixed window started with the first hit and ends a minute later, rounded up.
    CHECK(headers->reset >= before + 59);
    CHECK(headers->reset <= epoch_seconds() + 61);
    if (i == 0) window_reset = headers->reset;
    CHECK(headers->reset == window_reset);
  }
  for (int refused = 0; refused < 2; ++refused) {
    const HttpReply reply = limited_post(server.port());
    check_refused(reply, "3 per 1 minute", 60);
    const auto headers = limit_headers(reply);
    REQUIRE(headers.has_value());
    CHECK(headers->limit == 3);
    CHECK(headers->remaining == 0);
    CHECK(headers->reset == window_reset);
    // Retry-After points at the end of the window, give or take the rounding.
    CHECK(std::stoll(reply.header("retry-after")) <= window_reset - before + 1);
  }
  check_clean_exit(server);
}

TEST_CASE("memory: fixed-window and moving-window both refuse the request over the limit",
          "[api][ratelimit]") {
  const std::string strategy = GENERATE("fixed-window", "moving-window");
  INFO(strategy);
  ServerProcess server = memory_server("2 per minute", strategy);
  const std::int64_t before = epoch_seconds();
  for (std::uint64_t i = 0; i < 2; ++i) {
    const HttpReply reply = limited_post(server.port());
    CHECK(reply.status == 200);
    const auto headers = limit_headers(reply);
    REQUIRE(headers.has_value());
    CHECK(headers->limit == 2);
    CHECK(headers->remaining == 1 - i);
    CHECK(headers->reset >= before + 59);
    CHECK(headers->reset <= epoch_seconds() + 61);
  }
  for (int refused = 0; refused < 3; ++refused) {
    const HttpReply reply = limited_post(server.port());
    check_refused(reply, "2 per 1 minute", 60);
    const auto headers = limit_headers(reply);
    REQUIRE(headers.has_value());
    CHECK(headers->remaining == 0);
  }
}

TEST_CASE("memory: GET queries count against the same budget as POST", "[api][ratelimit]") {
  ServerProcess server = memory_server("3/minute", "fixed-window");
  const HttpReply first = limited_get(server.port());
  CHECK(first.status == 200);
  CHECK(first.json() == nlohmann::ordered_json::parse(R"({"data":{"__typename":"Query"}})"));
  CHECK(limit_headers(first).value().remaining == 2);
  CHECK(limit_headers(limited_post(server.port())).value().remaining == 1);
  CHECK(limit_headers(limited_get(server.port())).value().remaining == 0);
  check_refused(limited_get(server.port()), "3 per 1 minute", 60);
  check_refused(limited_post(server.port()), "3 per 1 minute", 60);
}

TEST_CASE(
    "memory: with several limits the one with the fewest hits left is reported and the "
    "first one breached refuses",
    "[api][ratelimit]") {
  // 5/minute leaves more room than 3/hour, so the hour limit is reported and breaches first.
  ServerProcess server = memory_server("5/minute; 3 per hour", "fixed-window");
  const std::int64_t before = epoch_seconds();
  for (std::uint64_t i = 0; i < 3; ++i) {
    const auto headers = limit_headers(limited_post(server.port()));
    REQUIRE(headers.has_value());
    CHECK(headers->limit == 3);
    CHECK(headers->remaining == 2 - i);
    CHECK(headers->reset >= before + 3599);
    CHECK(headers->reset <= epoch_seconds() + 3601);
  }
  const HttpReply refused = limited_post(server.port());
  check_refused(refused, "3 per 1 hour", 3600);
  CHECK(std::stoll(refused.header("retry-after")) > 3500);
  CHECK(limit_headers(refused).value().limit == 3);
}

TEST_CASE(
    "memory: 2/second plus 5/minute reports the per-second limit until the minute limit "
    "has fewer hits left and then the minute limit refuses",
    "[api][ratelimit]") {
  ServerProcess server = memory_server("2/second; 5/minute", "fixed-window");
  // Requests more than a second apart: each meets a fresh per-second window, so only the
  // minute limit accumulates. A tie in remaining hits reports the shorter window.
  const std::uint64_t expected_limit[] = {2, 2, 2, 2, 5};
  const std::uint64_t expected_remaining[] = {1, 1, 1, 1, 0};
  for (std::size_t i = 0; i < 5; ++i) {
    if (i > 0) std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    INFO("request " << i + 1);
    const HttpReply reply = limited_post(server.port());
    CHECK(reply.status == 200);
    const auto headers = limit_headers(reply);
    REQUIRE(headers.has_value());
    CHECK(headers->limit == expected_limit[i]);
    CHECK(headers->remaining == expected_remaining[i]);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  const HttpReply refused = limited_post(server.port());
  check_refused(refused, "5 per 1 minute", 60);
  CHECK(limit_headers(refused).value().limit == 5);
}

TEST_CASE("memory: 2/second plus 5/minute refuses the third request inside one second",
          "[api][ratelimit]") {
  // Five requests sent back to back within one second fall into at most two one-second
  // fixed windows, so one window holds three of them: at least one refusal, and it must be
  // the per-second limit's (the minute limit has room for five). An attempt slower than a
  // second proves nothing and is repeated on a fresh server.
  bool proved = false;
  for (int attempt = 0; attempt < 5 && !proved; ++attempt) {
    ServerProcess server = memory_server("2/second; 5/minute", "fixed-window");
    const auto start = std::chrono::steady_clock::now();
    std::vector<HttpReply> replies;
    for (int i = 0; i < 5; ++i) replies.push_back(limited_post(server.port()));
    if (std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(950)) continue;
    proved = true;
    int refusals = 0;
    CHECK(replies.front().status == 200);
    for (const HttpReply& reply : replies) {
      if (reply.status != 429) {
        CHECK(reply.status == 200);
        continue;
      }
      ++refusals;
      check_refused(reply, "2 per 1 second", 1);
      CHECK(limit_headers(reply).value().limit == 2);
    }
    CHECK(refusals >= 1);
    CHECK(refusals <= 3);
  }
  REQUIRE(proved);
}

}  // namespace kvm48::test
