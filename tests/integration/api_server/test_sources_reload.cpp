// sources after a SIGHUP reload of `kvm48-server run`: the API lists the sources of the
// configuration the reload applied, without a restart.

#include <signal.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

using Json = nlohmann::ordered_json;

// Nothing listens on port 1: crawls fail at once and the server goes on serving.
const char* kBefore =
    "schedule:\n  interval_seconds: 3600\n"
    "sources:\n"
    "  - name: live48\n    plugin: live48_web\n    options:\n"
    "      base_url: \"http://127.0.0.1:1\"\n";
const char* kAfter =
    "schedule:\n  interval_seconds: 3600\n"
    "sources:\n"
    "  - name: clubs\n    plugin: live48_web\n    options:\n"
    "      base_url: \"http://127.0.0.1:1\"\n"
    "  - name: live48\n    plugin: live48_web\n    enabled: false\n";

/// The configuration file with everything from `schedule:` on replaced by `tail`.
void rewrite_tail(const std::string& path, const std::string& tail) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  std::string config = text.str();
  const auto at = config.find("schedule:\n");
  REQUIRE(at != std::string::npos);
  config = config.substr(0, at) + tail;
  std::ofstream(path, std::ios::trunc) << config;
}

/// [[name, enabled], ...] of the API's `sources`.
Json names(int port) {
  const Json answer = post_graphql(port, "{ sources { name enabled } }").json();
  Json list = Json::array();
  for (const auto& source : answer["data"]["sources"]) {
    list.push_back(Json::array({source["name"], source["enabled"]}));
  }
  return list;
}

}  // namespace

TEST_CASE("sources lists what a SIGHUP reload of run applied", "[api][sources]") {
  ServerProcess server({{}, {}, {}, "run", kBefore});
  CHECK(names(server.port()) == Json::array({Json::array({"live48", true})}));
  rewrite_tail(server.config_file(), kAfter);
  kill(server.pid(), SIGHUP);
  const Json expected = Json::array({Json::array({"clubs", true}), Json::array({"live48", false})});
  Json seen;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  do {
    seen = names(server.port());
    if (seen == expected) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  } while (std::chrono::steady_clock::now() < deadline);
  CHECK(seen == expected);
  const Json versions = post_graphql(server.port(), "{ sources { pluginVersion } }").json();
  CHECK_FALSE(versions["data"]["sources"][0]["pluginVersion"].get<std::string>().empty());
  // A refused reload keeps the list.
  rewrite_tail(server.config_file(), "sources: 42\n");
  kill(server.pid(), SIGHUP);
  const auto refused_by = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (server.log().find("reload refused") == std::string::npos &&
         std::chrono::steady_clock::now() < refused_by) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  REQUIRE(server.log().find("reload refused") != std::string::npos);
  CHECK(names(server.port()) == expected);
  CHECK(server.stop(SIGTERM) == 0);
}

}  // namespace kvm48::test
