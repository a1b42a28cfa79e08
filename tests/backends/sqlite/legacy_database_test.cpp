// The sqlite backend opens a database written by the original Python server
// (KVM48 server/, peewee) and migrates it in place without losing a row.

#include <catch2/catch.hpp>

#include "loaded_backend.hpp"
#include "raw_db.hpp"
#include "scratch_dir.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

// The original schema, exactly, and peewee_migrate's history table.
constexpr const char* kOriginalDdl = R"sql(
CREATE TABLE "perfvod" ("canon_id" TEXT NOT NULL PRIMARY KEY, "l4c_club_id" INTEGER NOT NULL, "l4c_id" INTEGER NOT NULL, "title" TEXT NOT NULL, "subtitle" TEXT, "start_time" INTEGER NOT NULL, "sd_stream" TEXT, "hd_stream" TEXT, "fhd_stream" TEXT);
CREATE UNIQUE INDEX "perfvod_l4c_id" ON "perfvod" ("l4c_id");
CREATE TABLE "migratehistory" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "migrated" DATETIME NOT NULL);
INSERT INTO "migratehistory" ("name", "migrated") VALUES ('001_initial', '2019-04-21 10:00:00.123456');
)sql";

constexpr const char* kOriginalColumns =
    "SELECT canon_id, l4c_club_id, l4c_id, title, subtitle, start_time, sd_stream, hd_stream, "
    "fhd_stream FROM perfvod ORDER BY canon_id";

std::string sql_literal(const std::optional<std::string>& s) {
  if (!s) return "NULL";
  std::string out = "'";
  for (char c : *s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// The fixture rows as the original server stored them (subtitle NULL on one, to
// cover nullable columns).
void build_original_database(const std::string& path) {
  RawDb db(path);
  db.exec(kOriginalDdl);
  auto rows = original_fixture();
  rows[1].subtitle.reset();
  rows[1].sd_stream.reset();
  for (const PerfVod& v : rows) {
    db.exec("INSERT INTO perfvod VALUES (" + sql_literal(v.id) + ", " +
            std::to_string(*v.l4c_club_id) + ", " + std::to_string(*v.l4c_id) + ", " +
            sql_literal(v.title) + ", " + sql_literal(v.subtitle) + ", " +
            std::to_string(v.start_time) + ", " + sql_literal(v.sd_stream) + ", " +
            sql_literal(v.hd_stream) + ", " + sql_literal(v.fhd_stream) + ")");
  }
}

}  // namespace

TEST_CASE("a database of the original server is migrated in place and every row is unchanged",
          "[sqlite][legacy]") {
  ScratchDir dir;
  const std::string path = dir.file("data.db");
  build_original_database(path);
  const auto before = RawDb(path).rows(kOriginalColumns);
  REQUIRE(before.size() == 5);

  auto backend = create_backend("sqlite", sqlite_options(path));
  MigrationReport report;
  const Status status = backend->open(OpenOptions{}, report);
  INFO(status.message());
  REQUIRE(status.ok());
  CHECK(report.version_before == 0);
  CHECK(report.version_after == 5);
  CHECK(report.applied.size() == 5);
  REQUIRE(report.notes.size() == 1);
  CHECK_THAT(report.notes[0], Catch::Contains("original Python server") && Catch::Contains("5"));

  {
    RawDb raw(path);
    CHECK(raw.rows(kOriginalColumns) == before);
    CHECK(raw.value("SELECT name FROM migratehistory") == "001_initial");
    CHECK(raw.value("PRAGMA integrity_check") == "ok");
  }

  auto expected = original_fixture();
  expected[1].subtitle.reset();
  expected[1].sd_stream.reset();
  for (PerfVod& want : expected) {
    want.sources = {"legacy_db"};
    auto got = get_one(*backend, want.id);
    REQUIRE(got);
    CHECK(*got == want);
  }
  auto range = in_range(*backend, {1555776000, 1555840800, Group::snh48, 0});
  CHECK(ids_of(range) == std::vector<std::string>{"324479006245982208", "326091353251188736"});

  // The migrated database takes new writes like any other.
  CHECK(write_ok(*backend, batch_of(original_fixture(), "live48")).updated == 5);
}

TEST_CASE("a perfvod table that is not the original's is refused and left untouched",
          "[sqlite][legacy][failure]") {
  ScratchDir dir;
  const std::string path = dir.file("data.db");
  RawDb(path).exec(
      "CREATE TABLE perfvod (id INTEGER PRIMARY KEY, name TEXT); "
      "INSERT INTO perfvod VALUES (1, 'mine');");
  auto backend = create_backend("sqlite", sqlite_options(path));
  MigrationReport report;
  const Status status = backend->open(OpenOptions{}, report);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK_THAT(status.message(), Catch::Contains("perfvod"));
  RawDb raw(path);
  CHECK(raw.value("SELECT name FROM perfvod") == "mine");
  CHECK(raw.value("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'kvm48%'") == "0");
}

TEST_CASE("original rows that cannot be converted stop the migration with nothing changed",
          "[sqlite][legacy][failure]") {
  ScratchDir dir;
  const std::string path = dir.file("data.db");
  build_original_database(path);
  RawDb(path).exec("INSERT INTO perfvod VALUES ('x', 9, 1, 't', NULL, 1, NULL, NULL, NULL)");
  const auto before = RawDb(path).rows(kOriginalColumns);
  auto backend = create_backend("sqlite", sqlite_options(path));
  MigrationReport report;
  const Status status = backend->open(OpenOptions{}, report);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK_THAT(status.message(), Catch::Contains("club id"));
  CHECK(RawDb(path).rows(kOriginalColumns) == before);
}

TEST_CASE("a database with a newer schema than the backend knows is refused", "[sqlite][failure]") {
  ScratchDir dir;
  const std::string path = dir.file("data.db");
  { open_backend("sqlite", sqlite_options(path)); }
  RawDb(path).exec("INSERT INTO kvm48_schema_migrations VALUES (99, 'from_the_future', 0)");
  auto backend = create_backend("sqlite", sqlite_options(path));
  MigrationReport report;
  const Status status = backend->open(OpenOptions{}, report);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK_THAT(status.message(), Catch::Contains("newer"));
  CHECK(report.version_before == 99);
}
