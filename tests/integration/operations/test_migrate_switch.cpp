// backend.migrate: false (docs/operations.md, "Upgrading"): an instance that must never change
// a shared schema refuses to start on a database that is behind, changing nothing, until
// `kvm48-server migrate` has run; then it starts.

#include <catch2/catch.hpp>

#include <fstream>

#include "run_process.hpp"
#include "server_process.hpp"

using namespace kvm48::test;

TEST_CASE("backend.migrate: false refuses a schema that is behind until migrate ran", "[upgrade]") {
  TempDir dir;
  const std::string db = dir.path() + "/data.db";
  const std::string config = dir.path() + "/kvm48.yaml";
  {
    std::ofstream out(config);
    out << "log: {level: warning}\n"
        << "plugins: {builtin: false, directories: [\"" << KVM48_TEST_PLUGIN_DIR << "\"]}\n"
        << "backend:\n  plugin: sqlite\n  migrate: false\n  options: {path: \"" << db << "\"}\n"
        << "server: {listen: \"127.0.0.1:0\"}\n";
  }
  const ProcessRun serve = run_process(KVM48_SERVER_BINARY, {"serve", "--config", config});
  CHECK(serve.status == 1);
  CHECK(serve.err.find("needs migrations up to") != std::string::npos);
  CHECK(serve.err.find("run `kvm48-server migrate`") != std::string::npos);

  const ProcessRun migrate = run_process(KVM48_SERVER_BINARY, {"migrate", "--config", config});
  INFO(migrate.out << migrate.err);
  REQUIRE(migrate.status == 0);
  // Nothing was migrated before: migrate starts from version 0.
  CHECK(migrate.out.find("schema: version 0 -> ") != std::string::npos);

  ServerOptions options;
  options.database_path = db;
  ServerProcess server(options);  // comes up on the migrated database
  CHECK(server.port() > 0);
}
