// `kvm48-server migrate` and `kvm48-server crawl`, the real binary with a real
// configuration file, sqlite database and source plugin.

#include <fstream>

#include <catch2/catch.hpp>

#include "run_process.hpp"

#include "crawl_fixture.hpp"

namespace {

using Run = kvm48::test::ProcessRun;

Run run_server(const std::vector<std::string>& args) {
  return kvm48::test::run_process(KVM48_SERVER_BINARY, args);
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// A configuration next to the fixture's database, with hello_source pointed at its upstream.
std::string write_config(kvm48::test::CrawlFixture& fixture, const std::string& database) {
  const std::string path = fixture.directory.path() + "/kvm48.yaml";
  std::ofstream(path) << "log: {level: warning}\n"
                         "plugins:\n  directories: ['" KVM48_TEST_SOURCE_PLUGIN_DIR
                         "']\n"
                         "crawl: {backoff_ms: 10, jitter: 0}\n"
                         "backend:\n  plugin: sqlite\n  options: {path: '" +
                             database +
                             "'}\n"
                             "sources:\n  - name: hello\n    plugin: hello_source\n"
                             "    options: {base_url: '" +
                             fixture.upstream.url() + "', page_size: 5}\n";
  return path;
}

}  // namespace

TEST_CASE("kvm48-server migrate creates the schema, reports it, and does nothing the second time") {
  kvm48::test::CrawlFixture fixture(1);
  const std::string config = write_config(fixture, fixture.directory.path() + "/fresh.db");
  const Run first = run_server({"migrate", "--config", config});
  CHECK(first.status == 0);
  CHECK(contains(first.out, "database: " + fixture.directory.path() + "/fresh.db (sqlite)"));
  CHECK(contains(first.out, "schema: version 0 -> 5"));
  CHECK(contains(first.out, "  1 perfvod_initial: "));
  const Run second = run_server({"migrate", "--config", config});
  CHECK(second.status == 0);
  CHECK(contains(second.out, "schema: up to date at version 5"));
}

TEST_CASE("kvm48-server crawl stores what the source finds and prints one line per source") {
  kvm48::test::CrawlFixture fixture(12);
  const std::string config = write_config(fixture, fixture.directory.path() + "/crawl.db");
  const Run run = run_server({"crawl", "--config", config});
  CHECK(run.status == 0);
  CHECK(
      contains(run.out, "hello: success, 12 new, 0 updated, 0 unchanged, 3 requests, 0 retries, "));
  const Run again = run_server({"crawl", "--config", config, "--full", "--limit-pages", "1"});
  CHECK(again.status == 0);
  CHECK(contains(again.out, "hello: success, 0 new, 0 updated, 5 unchanged, 1 requests, "));
}

TEST_CASE("kvm48-server crawl exits 1 when a source fails, with the reason on its line") {
  kvm48::test::CrawlFixture fixture(12);
  fixture.upstream.fail_from_page(1);
  const std::string config = write_config(fixture, fixture.directory.path() + "/fail.db");
  const Run run = run_server({"crawl", "--config", config});
  CHECK(run.status == 1);
  CHECK(contains(run.out, "hello: failed, 0 new"));
  CHECK(contains(run.out, "HTTP 500 after 3 attempts"));
}

TEST_CASE(
    "kvm48-server crawl exits 75 without crawling while another process holds the crawl lock") {
  kvm48::test::CrawlFixture fixture(12);
  // The fixture's own backend is on another file; take the lock of the one the command uses.
  const std::string database = fixture.directory.path() + "/locked.db";
  auto holder =
      kvm48::host::create_backend_from_yaml(fixture.registry, "sqlite", "path: " + database);
  kvm48::MigrationReport report;
  REQUIRE(holder->open({}, report).ok());
  bool locked = false;
  REQUIRE(holder->try_acquire_crawl_lock(locked).ok());
  REQUIRE(locked);
  const Run run = run_server({"crawl", "--config", write_config(fixture, database)});
  CHECK(run.status == 75);
  CHECK(contains(run.err, "another kvm48-server instance is crawling this database"));
  CHECK(fixture.upstream.total_requests() == 0);
}

TEST_CASE("kvm48-server crawl --source with an unknown name is a usage error") {
  kvm48::test::CrawlFixture fixture(1);
  const Run run =
      run_server({"crawl", "--config", write_config(fixture, fixture.directory.path() + "/x.db"),
                  "--source", "nope"});
  CHECK(run.status == 64);
  CHECK(contains(run.err, "--source nope: no enabled source of that name (enabled: hello)"));
}
