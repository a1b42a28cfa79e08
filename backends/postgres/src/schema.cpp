#include "schema.hpp"

#include <array>

namespace kvm48::postgres {
namespace {

// The original server's table, in PostgreSQL types (SQLite's INTEGER is 64-bit).
// canon_id sorts by byte order (COLLATE "C"), as the contract orders ties.
constexpr const char* kOriginalSchema = R"sql(
CREATE TABLE perfvod (
  canon_id text COLLATE "C" NOT NULL PRIMARY KEY,
  l4c_club_id bigint NOT NULL,
  l4c_id bigint NOT NULL,
  title text NOT NULL,
  subtitle text,
  start_time bigint NOT NULL,
  sd_stream text,
  hd_stream text,
  fhd_stream text);
CREATE UNIQUE INDEX perfvod_l4c_id ON perfvod (l4c_id);
)sql";

// PostgreSQL changes the table in place (SQLite has to rebuild it). Rows that
// exist already get their club as group and "legacy_db" as source, as in sqlite.
constexpr const char* kPerfVodV2 = R"sql(
ALTER TABLE perfvod
  ALTER COLUMN l4c_club_id DROP NOT NULL,
  ALTER COLUMN l4c_id DROP NOT NULL,
  ADD COLUMN group_id integer,
  ADD COLUMN cover_url text,
  ADD COLUMN teams jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN sources jsonb NOT NULL DEFAULT '[]';
UPDATE perfvod SET group_id = l4c_club_id, sources = '["legacy_db"]';
ALTER TABLE perfvod
  ALTER COLUMN group_id SET NOT NULL,
  ADD CONSTRAINT perfvod_group_id CHECK (group_id BETWEEN 1 AND 6),
  ADD CONSTRAINT perfvod_l4c_pair CHECK ((l4c_club_id IS NULL) = (l4c_id IS NULL));
CREATE INDEX perfvod_start_time ON perfvod (start_time, l4c_club_id, l4c_id, canon_id);
CREATE INDEX perfvod_group_start_time ON perfvod (group_id, start_time);
)sql";

constexpr const char* kCrawlBookkeeping = R"sql(
CREATE TABLE checkpoint (
  source text NOT NULL,
  key text COLLATE "C" NOT NULL,
  value text NOT NULL,
  PRIMARY KEY (source, key));
CREATE TABLE crawl_run (
  run_id text COLLATE "C" NOT NULL PRIMARY KEY,
  source text NOT NULL,
  plugin text NOT NULL,
  plugin_version text NOT NULL,
  mode text NOT NULL,
  started_at_ms bigint NOT NULL,
  finished_at_ms bigint,
  outcome integer NOT NULL,
  error text NOT NULL,
  requests bigint NOT NULL,
  retries bigint NOT NULL,
  items_new bigint NOT NULL,
  items_updated bigint NOT NULL,
  items_unchanged bigint NOT NULL);
CREATE INDEX crawl_run_source_started ON crawl_run (source, started_at_ms);
)sql";

// Member VODs and the roster, as in the sqlite backend: new tables only. Member
// VOD ids are snowflake text compared byte-wise; group_id is the club id, NULL
// for app groups without an archive.
constexpr const char* kMemberVodsAndRoster = R"sql(
CREATE TABLE member_vod (
  id text COLLATE "C" NOT NULL PRIMARY KEY,
  member_id bigint NOT NULL,
  member_name text NOT NULL,
  group_id integer CONSTRAINT member_vod_group_id CHECK (group_id BETWEEN 1 AND 6),
  app_group_id bigint NOT NULL,
  team_id bigint,
  team_name text,
  type integer NOT NULL CONSTRAINT member_vod_type CHECK (type IN (1, 2)),
  title text NOT NULL,
  start_time_ms bigint NOT NULL,
  vod_url text,
  danmaku_url text,
  cover_url text,
  CONSTRAINT member_vod_team_pair CHECK ((team_id IS NULL) = (team_name IS NULL)));
CREATE INDEX member_vod_start_time ON member_vod (start_time_ms, id);
CREATE INDEX member_vod_member_start_time ON member_vod (member_id, start_time_ms);
CREATE TABLE team (
  id bigint NOT NULL PRIMARY KEY,
  name text NOT NULL,
  app_group_id bigint NOT NULL,
  group_id integer CONSTRAINT team_group_id CHECK (group_id BETWEEN 1 AND 6),
  color text,
  active boolean NOT NULL);
CREATE TABLE member (
  id bigint NOT NULL PRIMARY KEY,
  name text NOT NULL,
  pinyin text,
  app_group_id bigint NOT NULL,
  group_id integer CONSTRAINT member_group_id CHECK (group_id BETWEEN 1 AND 6),
  team_id bigint,
  team_name text,
  join_date text,
  status bigint NOT NULL,
  avatar_url text,
  CONSTRAINT member_team_pair CHECK ((team_id IS NULL) = (team_name IS NULL)));
CREATE INDEX member_group ON member (group_id, id);
CREATE INDEX member_team ON member (team_id, id);
)sql";

constexpr std::array<pg::Migration, 4> kMigrations = {{
    {1, "perfvod_initial", "the original server's perfvod table (001_initial)", kOriginalSchema},
    {2, "perfvod_v2", "perfvod: optional l4c ids, group, teams, sources, cover URL; range indexes",
     kPerfVodV2},
    {3, "crawl_bookkeeping", "checkpoint and crawl_run tables", kCrawlBookkeeping},
    {4, "member_vods_and_roster", "member_vod, team and member tables", kMemberVodsAndRoster},
}};

}  // namespace

std::span<const pg::Migration> migrations() noexcept {
  return kMigrations;
}

}  // namespace kvm48::postgres
