// SIGHUP on `kvm48-server run`: a source plugin (koudai48_v6, see CMakeLists.txt) replaced on disk
// by a rebuilt .so with a higher version is loaded and used by the next crawl while the API keeps
// answering, with no rebuild of the host; a bad configuration is refused and the running one kept.

#include <signal.h>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <thread>

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "server_process.hpp"
#include "sim_process.hpp"

namespace kvm48::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

bool eventually(const std::function<bool()>& done, std::chrono::seconds limit = 90s) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

/// How many finished, successful runs of `source` the database records with this plugin
/// version (read straight from the SQLite file the server writes).
int successful_runs(const std::string& database, const std::string& source,
                    const std::string& version) {
  sqlite3* db = nullptr;
  int count = -1;
  if (sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 2000);
    sqlite3_stmt* statement = nullptr;
    // outcome 2 = success (kvm48::RunOutcome)
    const char* sql =
        "SELECT count(*) FROM crawl_run WHERE source = ?1 AND plugin_version = ?2 AND outcome = 2";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
      sqlite3_bind_text(statement, 1, source.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(statement, 2, version.c_str(), -1, SQLITE_TRANSIENT);
      if (sqlite3_step(statement) == SQLITE_ROW) count = sqlite3_column_int(statement, 0);
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(db);
  return count;
}

/// The source plugin under test and its rebuilt copy (same sources, higher version).
struct PluginUnderTest {
  std::string file_name = KVM48_RELOAD_PLUGIN_FILE;  // e.g. "live48_web.so"
  std::string version = KVM48_RELOAD_PLUGIN_VERSION;
  std::string rebuilt = KVM48_RELOAD_REBUILT_FILE;
  std::string rebuilt_version = KVM48_RELOAD_REBUILT_VERSION;
};

/// A plugin directory of the test's own: the sqlite backend and the source plugin.
void fill_plugin_directory(const std::string& directory, const PluginUnderTest& plugin) {
  for (const std::string& name : {std::string("sqlite.so"), plugin.file_name}) {
    fs::copy_file(fs::path(KVM48_TEST_PLUGIN_DIR) / name, fs::path(directory) / name);
  }
}

/// Installs a new build the way docs/operations.md says: copy beside, then rename over
/// (the loaded file is never written into).
void install_rebuilt(const std::string& directory, const PluginUnderTest& plugin) {
  const fs::path target = fs::path(directory) / plugin.file_name;
  const fs::path staging = fs::path(directory) / (plugin.file_name + ".new");
  fs::copy_file(plugin.rebuilt, staging);
  fs::rename(staging, target);
}

std::string config_yaml(int sim_port) {
  return "schedule:\n  interval_seconds: 10\n  jitter: 0\n"
         "crawl:\n  backoff_ms: 10\n  max_attempts: 2\n  timeout_ms: 2000\n"
         "sources:\n  - name: upstream\n    plugin: " KVM48_RELOAD_PLUGIN_NAME
         "\n    options:\n      " KVM48_RELOAD_URL_OPTION ": \"http://127.0.0.1:" +
         std::to_string(sim_port) + "\"\n";
}

/// Asks `{ revision }` over and over from its own thread, counting the answers.
class SteadyClient {
 public:
  explicit SteadyClient(int port)
      : thread_([this, port] {
          while (!stop_) {
            try {
              const auto reply = post_graphql(port, "{ revision }");
              (reply.status == 200 ? answered_ : failed_) += 1;
            } catch (const std::exception&) {
              failed_ += 1;
            }
            std::this_thread::sleep_for(5ms);
          }
        }) {}
  ~SteadyClient() { finish(); }
  void finish() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }
  int answered() const { return answered_; }
  int failed() const { return failed_; }

 private:
  std::atomic<bool> stop_{false};
  std::atomic<int> answered_{0};
  std::atomic<int> failed_{0};
  std::thread thread_;
};

}  // namespace

TEST_CASE("SIGHUP loads a rebuilt source plugin with a higher version while the API serves",
          "[run][reload]") {
  const PluginUnderTest plugin;
  REQUIRE(plugin.version != plugin.rebuilt_version);
  sim::test::SimProcess sim;
  TempDir plugins;
  fill_plugin_directory(plugins.path(), plugin);
  ServerProcess server({{}, {}, {}, "run", config_yaml(sim.port()), plugins.path()});
  const std::string& db = server.database();
  REQUIRE(eventually([&] { return successful_runs(db, "upstream", plugin.version) >= 1; }));

  SteadyClient client(server.port());
  install_rebuilt(plugins.path(), plugin);
  REQUIRE(kill(server.pid(), SIGHUP) == 0);
  // The next crawl runs the rebuilt plugin, and succeeds.
  REQUIRE(eventually([&] { return successful_runs(db, "upstream", plugin.rebuilt_version) >= 1; }));
  client.finish();
  CHECK(client.answered() > 0);
  CHECK(client.failed() == 0);
  const std::string log = server.log();
  CHECK(log.find("reloaded: 1 source(s): upstream (" + std::string(KVM48_RELOAD_PLUGIN_NAME) + " " +
                 plugin.rebuilt_version + ")") != std::string::npos);
  // Once the old generation is gone, no run uses the old version any more.
  const int old_runs = successful_runs(db, "upstream", plugin.version);
  std::this_thread::sleep_for(3s);
  CHECK(successful_runs(db, "upstream", plugin.version) == old_runs);
  const int pid = server.pid();
  CHECK(server.stop(SIGTERM) == 0);
  // The private copies a reload loads from are gone with the process.
  CHECK_FALSE(
      fs::exists(fs::temp_directory_path() / ("kvm48-server-plugins-" + std::to_string(pid))));
}

TEST_CASE("a reload with a bad configuration is refused and the running crawls go on",
          "[run][reload]") {
  const PluginUnderTest plugin;
  sim::test::SimProcess sim;
  TempDir plugins;
  fill_plugin_directory(plugins.path(), plugin);
  ServerProcess server({{}, {}, {}, "run", config_yaml(sim.port()), plugins.path()});
  const std::string& db = server.database();
  REQUIRE(eventually([&] { return successful_runs(db, "upstream", plugin.version) >= 1; }));
  {
    std::ofstream out(server.config_file(), std::ios::app);
    out << "no_such_key: 1\n";
  }
  REQUIRE(kill(server.pid(), SIGHUP) == 0);
  REQUIRE(eventually([&] { return server.log().find("reload refused") != std::string::npos; }));
  CHECK(server.log().find("no_such_key") != std::string::npos);
  const int runs = successful_runs(db, "upstream", plugin.version);
  REQUIRE(eventually([&] { return successful_runs(db, "upstream", plugin.version) > runs; }));
  CHECK(http_call(server.port(), "GET", "/health").status == 200);
  CHECK(server.stop(SIGTERM) == 0);
}

}  // namespace kvm48::test
