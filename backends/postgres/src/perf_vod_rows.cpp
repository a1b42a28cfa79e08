#include "perf_vod_rows.hpp"

#include <nlohmann/json.hpp>

#include "pg/error.hpp"

namespace kvm48::postgres {

const char* const kPerfVodColumns =
    "canon_id, group_id, l4c_club_id, l4c_id, title, subtitle, start_time, sd_stream, "
    "hd_stream, fhd_stream, cover_url, teams::text, sources::text";

namespace {

std::vector<TeamRef> parse_teams(const std::string& text) {
  std::vector<TeamRef> teams;
  for (const auto& team : nlohmann::json::parse(text)) {
    teams.push_back({team.at("id").get<std::int64_t>(), team.at("name").get<std::string>()});
  }
  return teams;
}

std::string teams_json(const std::vector<TeamRef>& teams) {
  nlohmann::json out = nlohmann::json::array();
  for (const TeamRef& t : teams) out.push_back({{"id", t.id}, {"name", t.name}});
  return out.dump();
}

}  // namespace

PerfVod read_perf_vod(const pg::Result& r, int row) {
  PerfVod vod;
  vod.id = r.string(row, 0);
  const std::int64_t group = r.int64(row, 1);
  const auto parsed_group = group_from_club_id(group);
  if (!parsed_group)
    throw pg::Error("perfvod " + vod.id + " has group_id " + std::to_string(group), {}, false);
  vod.group = *parsed_group;
  vod.l4c_club_id = r.opt_int64(row, 2);
  vod.l4c_id = r.opt_int64(row, 3);
  vod.title = r.string(row, 4);
  vod.subtitle = r.opt_string(row, 5);
  vod.start_time = r.int64(row, 6);
  vod.sd_stream = r.opt_string(row, 7);
  vod.hd_stream = r.opt_string(row, 8);
  vod.fhd_stream = r.opt_string(row, 9);
  vod.cover_url = r.opt_string(row, 10);
  try {
    vod.teams = parse_teams(r.string(row, 11));
    vod.sources = nlohmann::json::parse(r.string(row, 12)).get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception& e) {
    throw pg::Error("perfvod " + vod.id + " has malformed teams or sources: " + e.what(), {},
                    false);
  }
  return vod;
}

std::vector<PerfVod> select_perf_vods(pg::Connection& conn, std::span<const std::string> ids) {
  pg::ArrayLiteral id_array;
  for (const std::string& id : ids) id_array.add(id);
  const std::string sql =
      std::string("SELECT ") + kPerfVodColumns + " FROM perfvod WHERE canon_id = ANY($1::text[])";
  const pg::Result r = conn.exec_prepared(sql, pg::Params().add(id_array.str()));
  std::vector<PerfVod> out;
  out.reserve(static_cast<std::size_t>(r.rows()));
  for (int row = 0; row < r.rows(); ++row) out.push_back(read_perf_vod(r, row));
  return out;
}

void upsert_perf_vods(pg::Connection& conn, std::span<const PerfVod* const> records) {
  if (records.empty()) return;
  // One array per column; unnest() turns them back into rows server-side.
  std::array<pg::ArrayLiteral, 13> columns;
  for (const PerfVod* v : records) {
    columns[0].add(v->id);
    columns[1].add(club_id(v->group));
    columns[2].add(v->l4c_club_id);
    columns[3].add(v->l4c_id);
    columns[4].add(v->title);
    columns[5].add(v->subtitle);
    columns[6].add(v->start_time);
    columns[7].add(v->sd_stream);
    columns[8].add(v->hd_stream);
    columns[9].add(v->fhd_stream);
    columns[10].add(v->cover_url);
    columns[11].add(teams_json(v->teams));
    columns[12].add(nlohmann::json(v->sources).dump());
  }
  pg::Params params;
  for (const auto& column : columns) params.add(column.str());
  static const std::string sql =
      "INSERT INTO perfvod (canon_id, group_id, l4c_club_id, l4c_id, title, subtitle, "
      " start_time, sd_stream, hd_stream, fhd_stream, cover_url, teams, sources) "
      "SELECT r.canon_id, r.group_id, r.l4c_club_id, r.l4c_id, r.title, r.subtitle, "
      " r.start_time, r.sd_stream, r.hd_stream, r.fhd_stream, r.cover_url, r.teams::jsonb, "
      " r.sources::jsonb "
      "FROM unnest($1::text[], $2::integer[], $3::bigint[], $4::bigint[], $5::text[], "
      " $6::text[], $7::bigint[], $8::text[], $9::text[], $10::text[], $11::text[], "
      " $12::text[], $13::text[]) "
      " AS r(canon_id, group_id, l4c_club_id, l4c_id, title, subtitle, start_time, sd_stream, "
      " hd_stream, fhd_stream, cover_url, teams, sources) "
      "ON CONFLICT (canon_id) DO UPDATE SET group_id = EXCLUDED.group_id, "
      " l4c_club_id = EXCLUDED.l4c_club_id, l4c_id = EXCLUDED.l4c_id, title = EXCLUDED.title, "
      " subtitle = EXCLUDED.subtitle, start_time = EXCLUDED.start_time, "
      " sd_stream = EXCLUDED.sd_stream, hd_stream = EXCLUDED.hd_stream, "
      " fhd_stream = EXCLUDED.fhd_stream, cover_url = EXCLUDED.cover_url, "
      " teams = EXCLUDED.teams, sources = EXCLUDED.sources";
  conn.exec_prepared(sql, params);
}

}  // namespace kvm48::postgres
