#include "limit_support.hpp"

#include <charconv>
#include <chrono>
#include <csignal>
#include <sstream>

#include <catch2/catch.hpp>

namespace kvm48::test {
namespace {

template <typename Number>
std::optional<Number> parse_number(const std::string& text) {
  Number value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string rate_limit_yaml(const LimitYaml& yaml) {
  return yaml.extra + "  rate_limit:\n    enabled: true\n    storage: \"" + yaml.storage +
         "\"\n    limits: \"" + yaml.limits + "\"\n    strategy: " + yaml.strategy +
         "\n    on_storage_failure: " + yaml.on_storage_failure + "\n";
}

HttpReply limited_post(int port, const Headers& headers) {
  return post_graphql(port, "{ __typename }", nullptr, headers);
}

HttpReply limited_get(int port) {
  return http_call(port, "GET", "/api/graphql?query=%7B%20__typename%20%7D",
                   {{"Accept", "application/json"}});
}

std::optional<LimitHeaders> limit_headers(const HttpReply& reply) {
  auto limit = parse_number<std::uint64_t>(reply.header("x-ratelimit-limit"));
  auto remaining = parse_number<std::uint64_t>(reply.header("x-ratelimit-remaining"));
  auto reset = parse_number<std::int64_t>(reply.header("x-ratelimit-reset"));
  if (!limit || !remaining || !reset) return std::nullopt;
  return LimitHeaders{*limit, *remaining, *reset};
}

bool has_no_limit_headers(const HttpReply& reply) {
  return !reply.headers.contains("x-ratelimit-limit") &&
         !reply.headers.contains("x-ratelimit-remaining") &&
         !reply.headers.contains("x-ratelimit-reset");
}

std::int64_t epoch_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

double metric_value(int port, const std::string& series) {
  const HttpReply reply = http_call(port, "GET", "/metrics");
  REQUIRE(reply.status == 200);
  std::istringstream lines(reply.body);
  for (std::string line; std::getline(lines, line);) {
    if (line.size() > series.size() && line.starts_with(series) && line[series.size()] == ' ') {
      return std::stod(line.substr(series.size() + 1));
    }
  }
  return 0;
}

void check_refused(const HttpReply& reply, const std::string& limit_text,
                   std::int64_t max_retry_after) {
  CHECK(reply.status == 429);
  const auto retry_after = parse_number<std::int64_t>(reply.header("retry-after"));
  REQUIRE(retry_after.has_value());
  CHECK(*retry_after >= 1);
  CHECK(*retry_after <= max_retry_after);
  CHECK(reply.header("content-type").starts_with("application/json"));
  CHECK(reply.json() ==
        nlohmann::ordered_json::parse(R"({"errors":[{"message":"Rate limit exceeded: )" +
                                      limit_text + R"(."}]})"));
}

void check_clean_exit(ServerProcess& server) {
  const std::optional<int> status = server.stop(SIGTERM);
  INFO("server log:\n" << server.log());
  CHECK(status.value_or(-1) == 0);
}

}  // namespace kvm48::test
