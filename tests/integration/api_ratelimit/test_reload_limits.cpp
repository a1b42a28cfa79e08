// SIGHUP applies new rate limits and trusted proxies to a running server without dropping
// it; a reload with a bad rate limit is refused and the running limits stay.

#include <signal.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

#include "limit_support.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

using namespace std::chrono_literals;

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Replaces `from` by `to` in the server's configuration file.
void edit_config(const ServerProcess& server, const std::string& from, const std::string& to) {
  std::string text = read_text(server.config_file());
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(server.config_file(), std::ios::trunc) << text;
}

/// Sends SIGHUP and waits until the log holds `marker` one more time than before.
void reload(const ServerProcess& server, const std::string& marker) {
  auto count = [&] {
    const std::string log = server.log();
    std::size_t n = 0;
    for (auto at = log.find(marker); at != std::string::npos; at = log.find(marker, at + 1)) ++n;
    return n;
  };
  const std::size_t before = count();
  REQUIRE(kill(server.pid(), SIGHUP) == 0);
  const auto deadline = std::chrono::steady_clock::now() + 20s;
  while (count() == before && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(20ms);
  }
  REQUIRE(count() == before + 1);
}

}  // namespace

TEST_CASE("reload: SIGHUP applies new limits and trusted proxies, and refuses a bad limit",
          "[api][ratelimit][reload]") {
  LimitYaml yaml;
  yaml.limits = "2/minute";
  ServerProcess server(ServerOptions{rate_limit_yaml(yaml), {}, {}});
  CHECK(limited_post(server.port()).status == 200);
  CHECK(limited_post(server.port()).status == 200);
  check_refused(limited_post(server.port()), "2 per 1 minute", 60);

  edit_config(server, "limits: \"2/minute\"", "limits: \"50/minute\"");
  reload(server, "rate limiting now 50 per 1 minute on memory://");
  const HttpReply after = limited_post(server.port());
  CHECK(after.status == 200);  // a new limiter: fresh counts under the new limit
  REQUIRE(limit_headers(after).has_value());
  CHECK(limit_headers(after)->limit == 50);

  // Without trusted proxies a forged X-Forwarded-For counts against the peer itself ...
  const Headers forged{{"X-Forwarded-For", "203.0.113.7"}};
  CHECK(limit_headers(limited_post(server.port(), forged))->remaining == 48);
  // ... once 127.0.0.1 is a trusted proxy, the client it names has a bucket of its own.
  edit_config(server, "  rate_limit:", "  trusted_proxies: [127.0.0.1]\n  rate_limit:");
  reload(server, "rate limiting now");
  CHECK(limit_headers(limited_post(server.port(), forged))->remaining == 49);
  CHECK(limit_headers(limited_post(server.port(), forged))->remaining == 48);

  edit_config(server, "limits: \"50/minute\"", "limits: \"many per fortnight\"");
  reload(server, "reload refused");
  CHECK(server.log().find("server.rate_limit.limits") != std::string::npos);
  const HttpReply kept = limited_post(server.port(), forged);
  CHECK(kept.status == 200);
  CHECK(limit_headers(kept)->limit == 50);
  CHECK(limit_headers(kept)->remaining == 47);
  check_clean_exit(server);
}

}  // namespace kvm48::test
