// A schema written by the previous version of the postgres backend (schema
// version 3: perfvod, checkpoint, crawl_run) is migrated in place to version 4
// (member VODs and the roster) without losing or changing a row.

#include <catch2/catch.hpp>

#include "loaded_backend.hpp"
#include "members.hpp"
#include "migrate.hpp"
#include "pg/connection.hpp"
#include "schema.hpp"
#include "test_postgres.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

// Rows as version 3 wrote them: a VOD of both sources, an app-only VOD (no l4c
// pair, teams and cover), a VOD adopted from the original server.
constexpr const char* kVersion3Rows = R"sql(
INSERT INTO perfvod (canon_id, group_id, l4c_club_id, l4c_id, title, subtitle, start_time,
  sd_stream, hd_stream, fhd_stream, cover_url, teams, sources) VALUES
  ('324479006245982208', 1, 1, 2772, '《重生计划》剧场公演', '莫寒生日公演', 1555825500,
   'http://x.invalid/sd.m3u8', NULL, NULL, NULL, '[{"id":1001,"name":"TEAM SII"}]',
   '["koudai48","live48"]'),
  ('1310392482355023873', 6, NULL, NULL, '《新的旅程》', NULL, 1700000000, NULL,
   'http://x.invalid/hd.m3u8', NULL, 'https://source.48.cn/c.jpg',
   '[{"id":2101,"name":"TEAM G"}]', '["koudai48"]'),
  ('5c332c640cf27e32089829a8', 1, 1, 2580, '旧公演', NULL, 1547375400, NULL, NULL, NULL, NULL,
   '[]', '["legacy_db"]');
INSERT INTO checkpoint VALUES ('live48', 'club/1/newest', '2777'), ('koudai48', 'cursor', 'abc');
INSERT INTO crawl_run VALUES ('run-1', 'live48', 'live48_web', '1.0.0', 'incremental', 1000, 2000,
  2, '', 12, 1, 3, 0, 9);
)sql";

pg::ConnectOptions connect_to(const std::string& schema) {
  pg::ConnectOptions options;
  options.uri = test_pg_uri();
  options.schema = schema;
  return options;
}

std::string backend_options(const std::string& schema) {
  return "uri: \"" + test_pg_uri() + "\"\nschema: " + schema + "\npool_size: 2\n";
}

// A schema at version 3, built by the first three migrations this build ships
// (published migrations never change), holding kVersion3Rows.
void build_version_3(const std::string& schema) {
  pg::Connection conn(connect_to(schema));
  const auto outcome =
      pg::migrate(conn, schema, postgres::migrations().first(3), postgres::kGuardTable, true);
  REQUIRE(outcome.version_after == 3);
  conn.exec(kVersion3Rows);
}

// Every row of the version-3 tables, each row as one text value.
std::vector<std::string> version_3_rows(const std::string& schema) {
  pg::Connection conn(connect_to(schema));
  std::vector<std::string> out;
  for (const char* table : {"perfvod", "checkpoint", "crawl_run"}) {
    const pg::Result r = conn.exec(std::string("SELECT t::text FROM ") + table +
                                   " t ORDER BY t::text COLLATE \"C\"");
    for (int row = 0; row < r.rows(); ++row) out.push_back(table + (": " + r.string(row, 0)));
  }
  return out;
}

}  // namespace

TEST_CASE("a version-3 schema is migrated to version 4 in place and keeps every row",
          "[postgres][upgrade]") {
  ScratchSchema schema("upg");
  build_version_3(schema.name());
  const auto before = version_3_rows(schema.name());
  REQUIRE(before.size() == 6);

  auto backend = create_backend("postgres", backend_options(schema.name()));
  MigrationReport report;
  const Status status = backend->open(OpenOptions{}, report);
  INFO(status.message());
  REQUIRE(status.ok());
  CHECK(report.version_before == 3);
  CHECK(report.version_after == 4);
  REQUIRE(report.applied.size() == 1);
  CHECK(report.applied[0].number == 4);
  CHECK(report.applied[0].name == "member_vods_and_roster");
  CHECK_FALSE(report.applied[0].description.empty());

  CHECK(version_3_rows(schema.name()) == before);
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

TEST_CASE("a version-3 schema opened without migrating is refused and left at version 3",
          "[postgres][upgrade][failure]") {
  ScratchSchema schema("upg");
  build_version_3(schema.name());
  auto backend = create_backend("postgres", backend_options(schema.name()));
  MigrationReport report;
  const Status status = backend->open(OpenOptions{false}, report);
  CHECK(status.code() == StatusCode::unavailable);
  CHECK_THAT(status.message(), Catch::Contains("kvm48-server migrate"));
  CHECK(report.applied.empty());
  pg::Connection conn(connect_to(schema.name()));
  CHECK(conn.exec("SELECT max(number) FROM kvm48_schema_migrations").int64(0, 0) == 3);
  CHECK(conn.exec("SELECT to_regclass('member_vod') IS NULL").boolean(0, 0));
}
