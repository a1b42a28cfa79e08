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

constexpr std::array<pg::Migration, 3> kMigrations = {{
    {1, "perfvod_initial", "the original server's perfvod table (001_initial)", kOriginalSchema},
    {2, "perfvod_v2", "perfvod: optional l4c ids, group, teams, sources, cover URL; range indexes",
     kPerfVodV2},
    {3, "crawl_bookkeeping", "checkpoint and crawl_run tables", kCrawlBookkeeping},
}};

}  // namespace

std::span<const pg::Migration> migrations() noexcept {
  return kMigrations;
}

}  // namespace kvm48::postgres
