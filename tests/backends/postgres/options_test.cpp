// The postgres backend's options and its failure paths: the factory checks the
// options without connecting and names the bad key; the password never appears
// in a status or a log line; an unreachable server is `unavailable`.

#include <catch2/catch.hpp>

#include <mutex>
#include <vector>

#include "loaded_backend.hpp"
#include "pg/connection.hpp"
#include "test_postgres.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

std::string uri_line(const std::string& uri) {
  return "uri: \"" + uri + "\"\n";
}

// The test server's URI with a password added (trust authentication ignores it).
std::string uri_with_password(const std::string& password) {
  std::string uri = test_pg_uri();
  const auto user = uri.find("://") + 3;
  const auto at = uri.find('@', user);
  REQUIRE(at != std::string::npos);
  return uri.insert(at, ":" + password);
}

PerfVod vod(const std::string& id, const std::string& title) {
  PerfVod v;
  v.id = id;
  v.title = title;
  v.start_time = 1555825500;
  return v;
}

}  // namespace

TEST_CASE("bad postgres options are configuration errors naming the key") {
  const std::string uri = uri_line("postgresql://kvm48@127.0.0.1:1/postgres");
  struct Case {
    std::string yaml;
    std::string key;
  };
  const Case cases[] = {
      {"uri: ''\n", "uri"},
      {"uri: 'postgresql://db/x?no_such_option=1'\n", "uri"},
      {"uri: \"host=db password='unterminated\"\n", "uri"},
      {uri + "schema: ''\n", "schema"},
      {uri + "schema: 'Has Space'\n", "schema"},
      {uri + "schema: '1st'\n", "schema"},
      {uri + "pool_size: 0\n", "pool_size"},
      {uri + "pool_size: 1001\n", "pool_size"},
      {uri + "connect_timeout_ms: 0\n", "connect_timeout_ms"},
      {uri + "statement_timeout_ms: -1\n", "statement_timeout_ms"},
      {uri + "acquire_timeout_ms: 0\n", "acquire_timeout_ms"},
  };
  for (const Case& c : cases) {
    INFO(c.yaml);
    const Status status = factory_status("postgres", c.yaml);
    CHECK(status.code() == StatusCode::invalid_config);
    CHECK(status.key() == c.key);
    CHECK_FALSE(status.message().empty());
  }
  // Valid options build an instance without connecting (port 1 has no server).
  CHECK(factory_status("postgres", uri + "schema: kvm48_prod\npool_size: 2\n").ok());
}

TEST_CASE("a bad uri is reported with its password masked") {
  const Status status =
      factory_status("postgres", "uri: 'postgresql://kvm48:Pa55word@db/x?bogus=1'\n");
  CHECK(status.code() == StatusCode::invalid_config);
  CHECK_THAT(status.message(), Catch::Contains("kvm48:***@db"));
  CHECK_THAT(status.message(), !Catch::Contains("Pa55word"));
}

TEST_CASE("opening against an unreachable server fails as unavailable, without the password") {
  auto backend = create_backend(
      "postgres",
      "uri: 'postgresql://kvm48:Pa55word@127.0.0.1:1/postgres'\nconnect_timeout_ms: 2000\n");
  MigrationReport report;
  const Status status = backend->open(OpenOptions{}, report);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK_THAT(status.message(), Catch::Contains("cannot connect"));
  CHECK_THAT(status.message(), !Catch::Contains("Pa55word"));
  CHECK_THAT(report.database, !Catch::Contains("Pa55word"));
}

TEST_CASE("the migration report names the server and schema, never the password") {
  ScratchSchema schema("opt");
  auto backend = create_backend(
      "postgres", uri_line(uri_with_password("Pa55word")) + "schema: " + schema.name() + "\n");
  MigrationReport report;
  REQUIRE(backend->open(OpenOptions{}, report).ok());
  CHECK_THAT(report.database, Catch::Contains("127.0.0.1:"));
  CHECK_THAT(report.database, Catch::EndsWith("schema " + schema.name()));
  CHECK_THAT(report.database, !Catch::Contains("Pa55word"));
  CHECK(report.version_before == 0);
  CHECK(report.version_after == 4);
  REQUIRE(report.applied.size() == 4);
  CHECK(report.applied[1].name == "perfvod_v2");
}

TEST_CASE("a statement over statement_timeout_ms fails the call as unavailable") {
  ScratchSchema schema("opt");
  const std::string options =
      uri_line(test_pg_uri()) + "schema: " + schema.name() + "\nstatement_timeout_ms: 200\n";
  auto backend = open_backend("postgres", options);
  // Hold the writers' lock from outside, so the backend's write waits on it.
  pg::ConnectOptions admin_options;
  admin_options.uri = test_pg_uri();
  pg::Connection admin(admin_options);
  admin.exec("BEGIN");
  admin.exec("SELECT pg_advisory_xact_lock(hashtextextended('kvm48:' || $1 || ':write', 0))",
             pg::Params().add(schema.name()));
  WriteBatch batch;
  batch.perf_vods.push_back(vod("324479006245982208", "t"));
  UpsertCounts counts;
  const Status status = backend->write(batch, counts);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK_THAT(status.message(), Catch::Contains("statement timeout"));
  admin.exec("ROLLBACK");
  CHECK(backend->write(batch, counts).ok());
  CHECK(counts.inserted == 1);
}

TEST_CASE("after the server ends every session, the next calls reconnect and succeed") {
  ScratchSchema schema("opt");
  auto backend =
      open_backend("postgres", uri_line(test_pg_uri()) + "schema: " + schema.name() + "\n");
  WriteBatch batch;
  batch.perf_vods.push_back(vod("5c1b2a3d4e5f60718293a4b5", "t"));
  UpsertCounts counts;
  REQUIRE(backend->write(batch, counts).ok());

  pg::ConnectOptions admin_options;
  admin_options.uri = test_pg_uri();
  pg::Connection admin(admin_options);
  // Every pooled session of this instance (named after its schema) is ended.
  const auto killed = admin.exec(
      "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
      "WHERE application_name = 'kvm48-server ' || $1",
      pg::Params().add(schema.name()));
  REQUIRE(killed.int64(0, 0) >= 1);
  batch.perf_vods[0].title = "t2";
  REQUIRE(backend->write(batch, counts).ok());
  CHECK(counts.updated == 1);
  std::vector<std::optional<PerfVod>> got;
  const std::string id = "5c1b2a3d4e5f60718293a4b5";
  REQUIRE(backend->get_perf_vods(std::span(&id, 1), got).ok());
  REQUIRE(got.at(0));
  CHECK(got[0]->title == "t2");
  CHECK(backend->ping().ok());
}
