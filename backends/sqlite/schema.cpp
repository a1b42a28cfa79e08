#include "schema.hpp"

#include "rejected.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace kvm48::sqlite {
namespace {

struct Step {
  Migration about;
  const char* sql;
};

// The original server's DDL (server/migrations/001_initial.py), exactly.
constexpr const char* kOriginalSchema = R"sql(
CREATE TABLE IF NOT EXISTS "perfvod" ("canon_id" TEXT NOT NULL PRIMARY KEY,
  "l4c_club_id" INTEGER NOT NULL, "l4c_id" INTEGER NOT NULL, "title" TEXT NOT NULL,
  "subtitle" TEXT, "start_time" INTEGER NOT NULL, "sd_stream" TEXT, "hd_stream" TEXT,
  "fhd_stream" TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS "perfvod_l4c_id" ON "perfvod" ("l4c_id");
)sql";

// Rebuilds perfvod (SQLite cannot drop NOT NULL in place): l4c ids become
// optional, the group gets its own column, and teams/sources/cover are added.
// Every existing row is copied; its group is its club; it is marked as coming
// from the original database.
constexpr const char* kPerfVodV2 = R"sql(
CREATE TABLE perfvod_v2 (
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
INSERT INTO perfvod_v2 (canon_id, group_id, l4c_club_id, l4c_id, title, subtitle, start_time,
                        sd_stream, hd_stream, fhd_stream, sources)
  SELECT canon_id, l4c_club_id, l4c_club_id, l4c_id, title, subtitle, start_time,
         sd_stream, hd_stream, fhd_stream, '["legacy_db"]'
  FROM perfvod;
DROP TABLE perfvod;
ALTER TABLE perfvod_v2 RENAME TO perfvod;
CREATE UNIQUE INDEX perfvod_l4c_id ON perfvod (l4c_id);
CREATE INDEX perfvod_start_time ON perfvod (start_time, l4c_club_id, l4c_id);
CREATE INDEX perfvod_group_start_time ON perfvod (group_id, start_time);
)sql";

constexpr const char* kCrawlBookkeeping = R"sql(
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
)sql";

// Member VODs (a member's own live/radio recordings) and the roster. Ids of
// member VODs are snowflake text, never numbers; team and member ids are the
// app API's integers. group_id is the live.48.cn club id, NULL for app groups
// without an archive.
constexpr const char* kMemberVodsAndRoster = R"sql(
CREATE TABLE member_vod (
  id TEXT NOT NULL PRIMARY KEY,
  member_id INTEGER NOT NULL,
  member_name TEXT NOT NULL,
  group_id INTEGER CHECK (group_id BETWEEN 1 AND 6),
  app_group_id INTEGER NOT NULL,
  team_id INTEGER,
  team_name TEXT,
  type INTEGER NOT NULL CHECK (type IN (1, 2)),
  title TEXT NOT NULL,
  start_time_ms INTEGER NOT NULL,
  vod_url TEXT,
  danmaku_url TEXT,
  cover_url TEXT,
  CHECK ((team_id IS NULL) = (team_name IS NULL))
);
CREATE INDEX member_vod_start_time ON member_vod (start_time_ms, id);
CREATE INDEX member_vod_member_start_time ON member_vod (member_id, start_time_ms);
CREATE TABLE team (
  id INTEGER NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  app_group_id INTEGER NOT NULL,
  group_id INTEGER CHECK (group_id BETWEEN 1 AND 6),
  color TEXT,
  active INTEGER NOT NULL CHECK (active IN (0, 1))
);
CREATE TABLE member (
  id INTEGER NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  pinyin TEXT,
  app_group_id INTEGER NOT NULL,
  group_id INTEGER CHECK (group_id BETWEEN 1 AND 6),
  team_id INTEGER,
  team_name TEXT,
  join_date TEXT,
  status INTEGER NOT NULL,
  avatar_url TEXT,
  CHECK ((team_id IS NULL) = (team_name IS NULL))
);
CREATE INDEX member_group ON member (group_id, id);
CREATE INDEX member_team ON member (team_id, id);
)sql";

// The range indexes in the order the range queries return (Backend: start time, then the
// live.48.cn club and id with nulls last, then the canonical id): SQLite orders NULL first,
// so `x IS NULL, x` puts them last, and a query whose ORDER BY names the same terms reads
// rows in order from the index instead of sorting them in a temporary B-tree.
constexpr const char* kRangeOrderIndexes = R"sql(
DROP INDEX perfvod_start_time;
DROP INDEX perfvod_group_start_time;
CREATE INDEX perfvod_start_time ON perfvod
  (start_time, l4c_club_id IS NULL, l4c_club_id, l4c_id IS NULL, l4c_id, canon_id);
CREATE INDEX perfvod_group_start_time ON perfvod
  (group_id, start_time, l4c_club_id IS NULL, l4c_club_id, l4c_id IS NULL, l4c_id, canon_id);
)sql";

const std::vector<Step>& steps() {
  static const std::vector<Step> all = {
      {{1, "perfvod_initial", "the original server's perfvod table (001_initial)"},
       kOriginalSchema},
      {{2, "perfvod_v2",
        "perfvod: optional l4c ids, group, teams, sources, cover URL; range indexes"},
       kPerfVodV2},
      {{3, "crawl_bookkeeping", "checkpoint and crawl_run tables"}, kCrawlBookkeeping},
      {{4, "member_vods_and_roster", "member_vod, team and member tables"}, kMemberVodsAndRoster},
      {{5, "perfvod_range_order", "perfvod range indexes in the order range queries return"},
       kRangeOrderIndexes},
  };
  return all;
}

constexpr const char* kHistoryTable = "kvm48_schema_migrations";

std::uint32_t recorded_version(Connection& db) {
  if (!db.table_exists(kHistoryTable)) return 0;
  return static_cast<std::uint32_t>(
      db.scalar("SELECT coalesce(max(number), 0) FROM kvm48_schema_migrations"));
}

// A perfvod table that predates our history table must be the original's.
void check_original_layout(Connection& db, MigrationReport& report) {
  const std::vector<std::string> expected = {"canon_id",  "l4c_club_id", "l4c_id",
                                             "title",     "subtitle",    "start_time",
                                             "sd_stream", "hd_stream",   "fhd_stream"};
  std::vector<std::string> columns;
  auto info = db.cached("SELECT name FROM pragma_table_info('perfvod') ORDER BY cid");
  while (info->step()) columns.push_back(info->text(0));
  if (columns != expected) {
    throw Rejected(
        StatusCode::unavailable,
        "table perfvod exists but is not the original KVM48 server's layout; refusing to "
        "touch it");
  }
  const auto rows = db.scalar("SELECT count(*) FROM perfvod");
  const auto bad = db.scalar("SELECT count(*) FROM perfvod WHERE l4c_club_id NOT BETWEEN 1 AND 6");
  if (bad > 0) {
    throw Rejected(StatusCode::unavailable,
                   "the original database has " + std::to_string(bad) +
                       " perfvod rows with a club id outside 1-6; nothing was changed");
  }
  report.notes.push_back("adopted a database of the original Python server (" +
                         std::to_string(rows) + " perfvod rows; its migratehistory table is kept)");
}

// Returns false when another process applied it between our check and our lock.
bool apply_step(Connection& db, const Step& step) {
  Transaction transaction(db, Transaction::Kind::immediate);
  if (recorded_version(db) >= step.about.number) return false;
  db.exec(step.sql);
  auto record = db.cached("INSERT INTO kvm48_schema_migrations VALUES (?, ?, ?)");
  record->bind(1, static_cast<std::int64_t>(step.about.number));
  record->bind(2, std::string_view(step.about.name));
  record->bind(3, std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count());
  record->run();
  transaction.commit();
  return true;
}

}  // namespace

std::uint32_t latest_schema_version() noexcept {
  return steps().back().about.number;
}

void migrate(Connection& db, bool apply, MigrationReport& report) {
  const std::uint32_t version = recorded_version(db);
  report.version_before = version;
  report.version_after = version;
  if (version > latest_schema_version()) {
    throw Rejected(StatusCode::unavailable,
                   "the database schema is version " + std::to_string(version) +
                       ", newer than this backend knows (" +
                       std::to_string(latest_schema_version()) + "); upgrade kvm48-server");
  }
  if (version == latest_schema_version()) return;
  if (version == 0 && db.table_exists("perfvod")) check_original_layout(db, report);
  if (!apply) {
    throw Rejected(StatusCode::unavailable,
                   "the database schema is at version " + std::to_string(version) +
                       " and needs migrations up to " + std::to_string(latest_schema_version()) +
                       "; run `kvm48-server migrate`");
  }
  db.exec(
      "CREATE TABLE IF NOT EXISTS kvm48_schema_migrations (number INTEGER PRIMARY KEY, "
      "name TEXT NOT NULL, applied_at_ms INTEGER NOT NULL)");
  for (const Step& step : steps()) {
    if (step.about.number <= version) continue;
    if (apply_step(db, step)) report.applied.push_back(step.about);
    report.version_after = step.about.number;
  }
}

}  // namespace kvm48::sqlite
