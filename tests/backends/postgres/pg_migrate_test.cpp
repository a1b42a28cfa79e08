// The migration runner against a real server: numbering, recording, refusal of
// a newer database, and two instances migrating at the same moment.

#include <catch2/catch.hpp>

#include <array>
#include <thread>

#include "migrate.hpp"
#include "pg/connection.hpp"
#include "pg/error.hpp"
#include "test_postgres.hpp"

using kvm48::pg::Connection;
using kvm48::pg::ConnectOptions;
using kvm48::pg::Migration;

namespace {

// The second step sleeps so that a concurrent runner surely arrives meanwhile.
constexpr std::array<Migration, 2> kSteps = {{
    {1, "create_things", "a table", "CREATE TABLE things (id integer PRIMARY KEY)"},
    {2, "slow_column", "a column, slowly",
     "SELECT pg_sleep(0.3); ALTER TABLE things ADD COLUMN name text"},
}};

ConnectOptions options_for(const std::string& schema) {
  ConnectOptions options;
  options.uri = kvm48::test::test_pg_uri();
  options.schema = schema;
  return options;
}

kvm48::pg::MigrationOutcome run(Connection& conn, const std::string& schema,
                                std::span<const Migration> steps, bool apply = true) {
  return kvm48::pg::migrate(conn, schema, steps, "things", apply);
}

std::vector<std::string> names(const kvm48::pg::MigrationOutcome& outcome) {
  std::vector<std::string> out;
  for (const Migration* m : outcome.applied) out.emplace_back(m->name);
  return out;
}

}  // namespace

TEST_CASE("migrate creates the schema, applies every step once and records it") {
  kvm48::test::ScratchSchema schema("mig");
  Connection conn(options_for(schema.name()));
  const auto first = run(conn, schema.name(), kSteps);
  CHECK(first.version_before == 0);
  CHECK(first.version_after == 2);
  CHECK(names(first) == std::vector<std::string>{"create_things", "slow_column"});
  CHECK(conn.exec("SELECT count(*) FROM things").int64(0, 0) == 0);

  const auto again = run(conn, schema.name(), kSteps);
  CHECK(again.version_before == 2);
  CHECK(again.applied.empty());
  CHECK(conn.exec("SELECT count(*) FROM kvm48_schema_migrations").int64(0, 0) == 2);
}

TEST_CASE("migrate applies only the steps a database lacks") {
  kvm48::test::ScratchSchema schema("mig");
  Connection conn(options_for(schema.name()));
  run(conn, schema.name(), std::span(kSteps).first(1));
  const auto report = run(conn, schema.name(), kSteps);
  CHECK(report.version_before == 1);
  CHECK(names(report) == std::vector<std::string>{"slow_column"});
}

TEST_CASE("migrate refuses a database newer than the build and leaves it untouched") {
  kvm48::test::ScratchSchema schema("mig");
  Connection conn(options_for(schema.name()));
  run(conn, schema.name(), kSteps);
  CHECK_THROWS_WITH(run(conn, schema.name(), std::span(kSteps).first(1)),
                    Catch::Contains("newer than this backend knows"));
  CHECK(conn.exec("SELECT count(*) FROM kvm48_schema_migrations").int64(0, 0) == 2);
}

TEST_CASE("a failing step rolls back the whole migration") {
  kvm48::test::ScratchSchema schema("mig");
  Connection conn(options_for(schema.name()));
  const std::array<Migration, 2> broken = {
      {kSteps[0], {2, "broken", "fails", "ALTER TABLE nope ADD x int"}}};
  CHECK_THROWS_AS(run(conn, schema.name(), broken), kvm48::pg::Error);
  CHECK(conn.exec("SELECT to_regclass('things') IS NULL").boolean(0, 0));
}

TEST_CASE("with apply false, pending steps are an error and nothing is created") {
  kvm48::test::ScratchSchema schema("mig");
  Connection conn(options_for(schema.name()));
  CHECK_THROWS_WITH(run(conn, schema.name(), kSteps, false),
                    Catch::Contains("run `kvm48-server migrate`"));
  CHECK(conn.exec("SELECT to_regnamespace($1) IS NULL", kvm48::pg::Params().add(schema.name()))
            .boolean(0, 0));
  run(conn, schema.name(), kSteps);
  CHECK(run(conn, schema.name(), kSteps, false).version_after == 2);
}

TEST_CASE("a schema holding a table of ours without our history is refused") {
  kvm48::test::ScratchSchema schema("mig");
  Connection conn(options_for(schema.name()));
  conn.exec("CREATE SCHEMA " + conn.quote_identifier(schema.name()));
  conn.exec("CREATE TABLE things (x text)");
  CHECK_THROWS_WITH(run(conn, schema.name(), kSteps), Catch::Contains("did not create"));
}

TEST_CASE("misnumbered migrations are a bug reported before touching the database") {
  Connection conn(options_for(""));
  const std::array<Migration, 1> gap = {{{2, "gap", "skips 1", "SELECT 1"}}};
  CHECK_THROWS_WITH(run(conn, "unused", gap), Catch::Contains("numbered"));
}

TEST_CASE("two instances migrating at once apply each step exactly once") {
  kvm48::test::ScratchSchema schema("mig");
  kvm48::pg::MigrationOutcome a, b;
  std::thread first([&] {
    Connection conn(options_for(schema.name()));
    a = run(conn, schema.name(), kSteps);
  });
  std::thread second([&] {
    Connection conn(options_for(schema.name()));
    b = run(conn, schema.name(), kSteps);
  });
  first.join();
  second.join();
  CHECK(a.applied.size() + b.applied.size() == 2);
  CHECK((a.applied.empty() || b.applied.empty()));
  Connection conn(options_for(schema.name()));
  CHECK(conn.exec("SELECT count(*), count(DISTINCT number) FROM kvm48_schema_migrations")
            .int64(0, 1) == 2);
}
