// sources over real HTTP against `kvm48-server serve`: the configured source instances,
// with the latest crawl run each has in the database (written through the real sqlite
// plugin, also while the server runs).

#include <chrono>
#include <thread>

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "member_fixture.hpp"
#include "plugins/plugin_registry.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

using Json = nlohmann::ordered_json;

const char* kSourcesYaml =
    "sources:\n"
    "  - name: live48\n"
    "    plugin: live48_web\n"
    "    options:\n"
    "      base_url: http://127.0.0.1:9\n"
    "  - name: retired\n"
    "    plugin: no_such_plugin\n"
    "    enabled: false\n"
    "  - name: archive\n"
    "    plugin: live48_web\n"
    "    enabled: false\n";

const char* kSourcesQuery =
    "{ sources { name plugin pluginVersion enabled lastRun { runId mode pluginVersion startedAt "
    "finishedAt outcome error requests retries itemsNew itemsUpdated itemsUnchanged } } }";

/// The version the plugin loader reads from the built live48_web plugin.
std::string live48_web_version() {
  host::PluginRegistry registry;
  registry.scan(KVM48_TEST_PLUGIN_DIR);
  const host::LoadedPlugin* plugin = registry.find("live48_web");
  REQUIRE(plugin != nullptr);
  return plugin->version;
}

CrawlRun run(std::string run_id, std::string source, std::int64_t started_at_ms) {
  CrawlRun r;
  r.run_id = std::move(run_id);
  r.source = std::move(source);
  r.plugin = "live48_web";
  r.plugin_version = "0.9.0";
  r.mode = "incremental";
  r.started_at_ms = started_at_ms;
  return r;
}

Json source_json(const char* name, const char* plugin, const std::string& version, bool enabled,
                 Json last_run = nullptr) {
  return Json{{"name", name},
              {"plugin", plugin},
              {"pluginVersion", version},
              {"enabled", enabled},
              {"lastRun", std::move(last_run)}};
}

}  // namespace

TEST_CASE("sources lists the configured instances in order, lastRun null before any run",
          "[api][sources]") {
  const std::string version = live48_web_version();
  ServerProcess server({{}, {}, {}, "serve", kSourcesYaml});
  const Json answer = post_graphql(server.port(), kSourcesQuery).json();
  CHECK(answer ==
        Json{{"data",
              {{"sources", Json::array({source_json("live48", "live48_web", version, true),
                                        source_json("retired", "no_such_plugin", "", false),
                                        source_json("archive", "live48_web", version, false)})}}}});
}

TEST_CASE("sources: lastRun is the newest recorded run of each instance, read live",
          "[api][sources]") {
  ServerProcess server({{}, {}, {}, "serve", kSourcesYaml});
  const std::int64_t t = 1764300000000;  // 2025-11-28 03:20:00 UTC
  CrawlRun older = run("run-1", "live48", t);
  older.finished_at_ms = t + 61500;
  older.outcome = RunOutcome::success;
  older.requests = 40;
  older.items_new = 12;
  older.items_unchanged = 3;
  write_crawl_run(server.database(), older);
  CrawlRun newer = run("run-2", "live48", t + 3600000);
  newer.mode = "full legacy limit-pages=3";
  newer.finished_at_ms = t + 3600000 + 999;
  newer.outcome = RunOutcome::over_budget;
  newer.error = "request budget of 100 used up";
  newer.requests = 100;
  newer.retries = 7;
  newer.items_new = 1;
  newer.items_updated = 2;
  newer.items_unchanged = 97;
  write_crawl_run(server.database(), newer);
  write_crawl_run(server.database(), run("run-3", "archive", t + 7200000));  // still running
  write_crawl_run(server.database(), run("run-4", "unconfigured", t + 9000000));

  const Json sources = post_graphql(server.port(), kSourcesQuery).json()["data"]["sources"];
  REQUIRE(sources.size() == 3);
  CHECK(sources[0]["lastRun"] == Json{{"runId", "run-2"},
                                      {"mode", "full legacy limit-pages=3"},
                                      {"pluginVersion", "0.9.0"},
                                      {"startedAt", 1764303600},
                                      {"finishedAt", 1764303600},
                                      {"outcome", "OVER_BUDGET"},
                                      {"error", "request budget of 100 used up"},
                                      {"requests", 100},
                                      {"retries", 7},
                                      {"itemsNew", 1},
                                      {"itemsUpdated", 2},
                                      {"itemsUnchanged", 97}});
  CHECK(sources[1]["lastRun"].is_null());
  CHECK(sources[2]["lastRun"] == Json{{"runId", "run-3"},
                                      {"mode", "incremental"},
                                      {"pluginVersion", "0.9.0"},
                                      {"startedAt", 1764307200},
                                      {"finishedAt", nullptr},
                                      {"outcome", "RUNNING"},
                                      {"error", nullptr},
                                      {"requests", 0},
                                      {"retries", 0},
                                      {"itemsNew", 0},
                                      {"itemsUpdated", 0},
                                      {"itemsUnchanged", 0}});

  // The run record is replaced as the engine rewrites it: the API shows the latest version.
  CrawlRun finished = run("run-3", "archive", t + 7200000);
  finished.finished_at_ms = t + 7260000;
  finished.outcome = RunOutcome::cancelled;
  finished.error = "shutdown";
  write_crawl_run(server.database(), finished);
  const Json after =
      post_graphql(server.port(), "{ sources { lastRun { runId finishedAt outcome error } } }")
          .json();
  CHECK(after["data"]["sources"][2]["lastRun"] == Json{{"runId", "run-3"},
                                                       {"finishedAt", 1764307260},
                                                       {"outcome", "CANCELLED"},
                                                       {"error", "shutdown"}});
}

TEST_CASE("sources: lastRun shows the run that the scheduler of kvm48-server run recorded",
          "[api][sources]") {
  const std::string version = live48_web_version();
  // Nothing listens on port 1: the crawl fails at once, and the engine records the run.
  ServerProcess server({{},
                        {},
                        {},
                        "run",
                        "crawl:\n  backoff_ms: 10\n  max_attempts: 1\n  timeout_ms: 2000\n"
                        "schedule:\n  interval_seconds: 3600\n"
                        "sources:\n  - name: live48\n    plugin: live48_web\n    options:\n"
                        "      base_url: \"http://127.0.0.1:1\"\n"});
  const std::string query =
      "{ sources { name pluginVersion enabled lastRun { pluginVersion startedAt finishedAt "
      "outcome error requests } } }";
  Json source;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  do {
    source = post_graphql(server.port(), query).json()["data"]["sources"][0];
    if (source["lastRun"].is_object() && source["lastRun"]["outcome"] != "RUNNING") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  } while (std::chrono::steady_clock::now() < deadline);
  CHECK(source["name"] == "live48");
  CHECK(source["pluginVersion"] == version);
  CHECK(source["enabled"] == true);
  const Json& run = source["lastRun"];
  REQUIRE(run.is_object());
  CHECK(run["outcome"] == "FAILED");
  CHECK(run["pluginVersion"] == version);
  CHECK_FALSE(run["error"].get<std::string>().empty());
  CHECK(run["requests"].get<int>() >= 1);
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  CHECK(run["startedAt"].get<std::int64_t>() <= run["finishedAt"].get<std::int64_t>());
  CHECK(run["finishedAt"].get<std::int64_t>() <= now);
  CHECK(run["startedAt"].get<std::int64_t>() > now - 120);
}

TEST_CASE("sources is an empty list when no source is configured", "[api][sources]") {
  ServerProcess server;
  CHECK(post_graphql(server.port(), "{ sources { name } }").json() ==
        Json{{"data", {{"sources", Json::array()}}}});
}

}  // namespace kvm48::test
