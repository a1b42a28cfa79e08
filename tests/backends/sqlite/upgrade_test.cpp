// A database written by the previous version of the sqlite backend (schema
// version 3: perfvod, checkpoint, crawl_run) is migrated in place to version 5
// (member VODs and the roster, range indexes in query order) without losing or
// changing a row.

#include <catch2/catch.hpp>

#include "loaded_backend.hpp"
#include "members.hpp"
#include "raw_db.hpp"
#include "scratch_dir.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

// sqlite_schema of a database the backend at schema version 3 created (the
// original's perfvod adopted and rebuilt by migration 2), verbatim.
constexpr const char* kVersion3Schema = R"sql(
CREATE TABLE kvm48_schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS "perfvod" (
  canon_id TEXT NOT NULL PRIMARY KEY,
  group_id INTEGER NOT NULL CHECK (group_id BETWEEN 1 AND 6),
  l4c_club_id INTEGER,
  l4c_id INTEGER,
  title TEXT NOT NULL,
  subtitle TEXT,
  start_time INTEGER NOT NULL,
  sd_stream TEXT,
  hd_stream TEXT,
  fhd_stream TEXT,
  cover_url TEXT,
  teams TEXT NOT NULL DEFAULT '[]',
  sources TEXT NOT NULL DEFAULT '[]',
  CHECK ((l4c_club_id IS NULL) = (l4c_id IS NULL))
);
CREATE UNIQUE INDEX perfvod_l4c_id ON perfvod (l4c_id);
CREATE INDEX perfvod_start_time ON perfvod (start_time, l4c_club_id, l4c_id);
CREATE INDEX perfvod_group_start_time ON perfvod (group_id, start_time);
CREATE TABLE checkpoint (
  source TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (source, key)
) WITHOUT ROWID;
CREATE TABLE crawl_run (
  run_id TEXT NOT NULL PRIMARY KEY,
  source TEXT NOT NULL,
  plugin TEXT NOT NULL,
  plugin_version TEXT NOT NULL,
  mode TEXT NOT NULL,
  started_at_ms INTEGER NOT NULL,
  finished_at_ms INTEGER,
  outcome INTEGER NOT NULL,
  error TEXT NOT NULL,
  requests INTEGER NOT NULL,
  retries INTEGER NOT NULL,
  items_new INTEGER NOT NULL,
  items_updated INTEGER NOT NULL,
  items_unchanged INTEGER NOT NULL
);
CREATE INDEX crawl_run_source_started ON crawl_run (source, started_at_ms);
INSERT INTO kvm48_schema_migrations VALUES (1, 'perfvod_initial', 1764000000000),
  (2, 'perfvod_v2', 1764000000001), (3, 'crawl_bookkeeping', 1764000000002);
)sql";

// Rows as version 3 wrote them: a VOD of both sources, an app-only VOD (no l4c
// pair, teams and cover), a VOD adopted from the original server.
constexpr const char* kVersion3Rows = R"sql(
INSERT INTO perfvod VALUES ('324479006245982208', 1, 1, 2772, '《重生计划》剧场公演', '莫寒生日公演',
  1555825500, 'http://x.invalid/sd.m3u8', NULL, NULL, NULL, '[{"id":1001,"name":"TEAM SII"}]',
  '["koudai48","live48"]');
INSERT INTO perfvod VALUES ('1310392482355023873', 6, NULL, NULL, '《新的旅程》', NULL, 1700000000,
  NULL, 'http://x.invalid/hd.m3u8', NULL, 'https://source.48.cn/c.jpg',
  '[{"id":2101,"name":"TEAM G"}]', '["koudai48"]');
INSERT INTO perfvod VALUES ('5c332c640cf27e32089829a8', 1, 1, 2580, '旧公演', NULL, 1547375400,
  NULL, NULL, NULL, NULL, '[]', '["legacy_db"]');
INSERT INTO checkpoint VALUES ('live48', 'club/1/newest', '2777'), ('koudai48', 'cursor', 'abc');
INSERT INTO crawl_run VALUES ('run-1', 'live48', 'live48_web', '1.0.0', 'incremental', 1000, 2000,
  2, '', 12, 1, 3, 0, 9);
)sql";

const char* const kTables[] = {"perfvod", "checkpoint", "crawl_run"};

std::vector<std::vector<RawRow>> table_rows(const std::string& path) {
  RawDb raw(path);
  std::vector<std::vector<RawRow>> out;
  for (const char* table : kTables) {
    out.push_back(raw.rows(std::string("SELECT * FROM ") + table + " ORDER BY 1, 2"));
  }
  return out;
}

}  // namespace

TEST_CASE("a version-3 database is migrated to the latest version in place and keeps every row",
          "[sqlite][upgrade]") {
  ScratchDir dir;
  const std::string path = dir.file("data.db");
  RawDb(path).exec(std::string(kVersion3Schema) + kVersion3Rows);
  const auto before = table_rows(path);

  auto backend = create_backend("sqlite", sqlite_options(path));
  MigrationReport report;
  const Status status = backend->open(OpenOptions{}, report);
  INFO(status.message());
  REQUIRE(status.ok());
  CHECK(report.version_before == 3);
  CHECK(report.version_after == 5);
  REQUIRE(report.applied.size() == 2);
  CHECK(report.applied[0].number == 4);
  CHECK(report.applied[0].name == "member_vods_and_roster");
  CHECK_FALSE(report.applied[0].description.empty());
  CHECK(report.applied[1].number == 5);
  CHECK(report.applied[1].name == "perfvod_range_order");
  CHECK(report.notes.empty());

  CHECK(table_rows(path) == before);
  CHECK(RawDb(path).value("PRAGMA integrity_check") == "ok");

  // The upgraded database has the indexes a new one gets.
  const std::string fresh = dir.file("fresh.db");
  {
    auto fresh_backend = create_backend("sqlite", sqlite_options(fresh));
    MigrationReport fresh_report;
    REQUIRE(fresh_backend->open(OpenOptions{}, fresh_report).ok());
  }
  const std::string indexes =
      "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' "
      "ORDER BY name";
  CHECK(RawDb(path).rows(indexes) == RawDb(fresh).rows(indexes));

  auto app_only = get_one(*backend, "1310392482355023873");
  REQUIRE(app_only);
  CHECK(app_only->group == Group::cgt48);
  CHECK_FALSE(app_only->l4c_id);
  CHECK(app_only->teams == std::vector<TeamRef>{{2101, "TEAM G"}});
  CHECK(app_only->sources == std::vector<std::string>{"koudai48"});
  std::vector<Checkpoint> checkpoints;
  REQUIRE(backend->get_checkpoints("live48", checkpoints).ok());
  CHECK(checkpoints == std::vector<Checkpoint>{{"club/1/newest", "2777"}});
  std::vector<CrawlRun> runs;
  REQUIRE(backend->get_crawl_runs("", 0, runs).ok());
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].items_unchanged == 9);

  // The new tables start empty and take writes; a member VOD may share its id
  // with a perf VOD (they are different kinds).
  const BackendStatistics stats = statistics_of(*backend);
  CHECK(stats.perf_vods == 3);
  CHECK(stats.member_vods == 0);
  CHECK(stats.members == 0);
  WriteBatch batch = member_vod_batch({full_member_vod("1310392482355023873", 35, 1700000000000)});
  batch.members = {member(35, "莫寒", Group::snh48)};
  CHECK(write_ok(*backend, batch) == UpsertCounts{2, 0, 0});
  CHECK(get_member_vod(*backend, "1310392482355023873"));
  CHECK(get_one(*backend, "1310392482355023873") == app_only);
}

TEST_CASE("a version-3 database opened without migrating is refused and left at version 3",
          "[sqlite][upgrade][failure]") {
  ScratchDir dir;
  const std::string path = dir.file("data.db");
  RawDb(path).exec(std::string(kVersion3Schema) + kVersion3Rows);
  auto backend = create_backend("sqlite", sqlite_options(path));
  MigrationReport report;
  const Status status = backend->open(OpenOptions{false}, report);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK_THAT(status.message(), Catch::Contains("kvm48-server migrate"));
  CHECK(report.version_before == 3);
  CHECK(report.applied.empty());
  RawDb raw(path);
  CHECK(raw.value("SELECT max(number) FROM kvm48_schema_migrations") == "3");
  CHECK(raw.value("SELECT count(*) FROM sqlite_schema WHERE name = 'member_vod'") == "0");
}
