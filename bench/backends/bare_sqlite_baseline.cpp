#include "bare_sqlite_baseline.hpp"

#include <chrono>
#include <stdexcept>

#include <sqlite3.h>

#include "synthetic_vods.hpp"

namespace kvm48::bench {
namespace {

void exec(sqlite3* db, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    throw std::runtime_error(sqlite3_errmsg(db));
  }
}

void bind_text(sqlite3_stmt* s, int i, const std::optional<std::string>& v) {
  if (v) {
    sqlite3_bind_text(s, i, v->data(), static_cast<int>(v->size()), SQLITE_STATIC);
  } else {
    sqlite3_bind_null(s, i);
  }
}

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE perfvod (canon_id TEXT NOT NULL PRIMARY KEY, group_id INTEGER NOT NULL,
  l4c_club_id INTEGER, l4c_id INTEGER, title TEXT NOT NULL, subtitle TEXT,
  start_time INTEGER NOT NULL, sd_stream TEXT, hd_stream TEXT, fhd_stream TEXT, cover_url TEXT,
  teams TEXT NOT NULL DEFAULT '[]', sources TEXT NOT NULL DEFAULT '[]');
CREATE UNIQUE INDEX perfvod_l4c_id ON perfvod (l4c_id);
CREATE INDEX perfvod_start_time ON perfvod
  (start_time, l4c_club_id IS NULL, l4c_club_id, l4c_id IS NULL, l4c_id, canon_id);
CREATE INDEX perfvod_group_start_time ON perfvod
  (group_id, start_time, l4c_club_id IS NULL, l4c_club_id, l4c_id IS NULL, l4c_id, canon_id);
)sql";

}  // namespace

double bare_sqlite_insert_seconds(const std::string& path, std::int64_t rows,
                                  std::int64_t batch_size) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) throw std::runtime_error("open " + path);
  exec(db, kSchema);
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO perfvod VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1,
                     &insert, nullptr);
  const std::string teams = R"([{"id":1001,"name":"TEAM SII"}])";
  const std::string no_teams = "[]";
  const std::string sources = R"(["bench"])";
  // Records are built outside the timed loop, as the backend bench does.
  std::vector<PerfVod> vods;
  for (std::int64_t i = 0; i < rows; ++i) vods.push_back(synthetic_vod(i));
  const auto start = std::chrono::steady_clock::now();
  for (std::int64_t first = 0; first < rows; first += batch_size) {
    exec(db, "BEGIN IMMEDIATE");
    for (std::int64_t i = first; i < std::min(rows, first + batch_size); ++i) {
      const PerfVod& v = vods[static_cast<std::size_t>(i)];
      sqlite3_bind_text(insert, 1, v.id.data(), static_cast<int>(v.id.size()), SQLITE_STATIC);
      sqlite3_bind_int64(insert, 2, club_id(v.group));
      sqlite3_bind_int64(insert, 3, *v.l4c_club_id);
      sqlite3_bind_int64(insert, 4, *v.l4c_id);
      sqlite3_bind_text(insert, 5, v.title.data(), static_cast<int>(v.title.size()), SQLITE_STATIC);
      bind_text(insert, 6, v.subtitle);
      sqlite3_bind_int64(insert, 7, v.start_time);
      bind_text(insert, 8, v.sd_stream);
      bind_text(insert, 9, v.hd_stream);
      bind_text(insert, 10, v.fhd_stream);
      bind_text(insert, 11, v.cover_url);
      const std::string& t = v.teams.empty() ? no_teams : teams;
      sqlite3_bind_text(insert, 12, t.data(), static_cast<int>(t.size()), SQLITE_STATIC);
      sqlite3_bind_text(insert, 13, sources.data(), static_cast<int>(sources.size()),
                        SQLITE_STATIC);
      if (sqlite3_step(insert) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
      sqlite3_reset(insert);
    }
    exec(db, "COMMIT");
  }
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  sqlite3_finalize(insert);
  sqlite3_close(db);
  return elapsed.count();
}

}  // namespace kvm48::bench
