#include "member_vod_rows.hpp"

#include <array>

#include "group_column.hpp"
#include "pg/error.hpp"

namespace kvm48::postgres {

const char* const kMemberVodColumns =
    "id, member_id, member_name, group_id, app_group_id, team_id, team_name, type, title, "
    "start_time_ms, vod_url, danmaku_url, cover_url";

MemberVod read_member_vod(const pg::Result& r, int row) {
  MemberVod vod;
  vod.id = r.string(row, 0);
  vod.member_id = r.int64(row, 1);
  vod.member_name = r.string(row, 2);
  vod.group = read_group(r, row, 3, "member_vod " + vod.id);
  vod.app_group_id = r.int64(row, 4);
  vod.team = read_team_ref(r, row, 5, 6);
  const std::int64_t type = r.int64(row, 7);
  if (type != static_cast<std::int64_t>(MemberVodType::live) &&
      type != static_cast<std::int64_t>(MemberVodType::radio)) {
    throw pg::Error("member_vod " + vod.id + " has type " + std::to_string(type), {}, false);
  }
  vod.type = static_cast<MemberVodType>(type);
  vod.title = r.string(row, 8);
  vod.start_time_ms = r.int64(row, 9);
  vod.vod_url = r.opt_string(row, 10);
  vod.danmaku_url = r.opt_string(row, 11);
  vod.cover_url = r.opt_string(row, 12);
  return vod;
}

std::vector<MemberVod> select_member_vods(pg::Connection& conn, std::span<const std::string> ids) {
  pg::ArrayLiteral id_array;
  for (const std::string& id : ids) id_array.add(id);
  static const std::string sql =
      std::string("SELECT ") + kMemberVodColumns + " FROM member_vod WHERE id = ANY($1::text[])";
  const pg::Result r = conn.exec_prepared(sql, pg::Params().add(id_array.str()));
  std::vector<MemberVod> out;
  out.reserve(static_cast<std::size_t>(r.rows()));
  for (int row = 0; row < r.rows(); ++row) out.push_back(read_member_vod(r, row));
  return out;
}

void upsert_member_vods(pg::Connection& conn, std::span<const MemberVod* const> records) {
  if (records.empty()) return;
  // One array per column; unnest() turns them back into rows server-side.
  std::array<pg::ArrayLiteral, 13> columns;
  for (const MemberVod* v : records) {
    columns[0].add(v->id);
    columns[1].add(v->member_id);
    columns[2].add(v->member_name);
    columns[3].add(group_column(v->group));
    columns[4].add(v->app_group_id);
    columns[5].add(v->team ? std::optional<std::int64_t>(v->team->id) : std::nullopt);
    columns[6].add(v->team ? std::optional<std::string>(v->team->name) : std::nullopt);
    columns[7].add(static_cast<std::int64_t>(v->type));
    columns[8].add(v->title);
    columns[9].add(v->start_time_ms);
    columns[10].add(v->vod_url);
    columns[11].add(v->danmaku_url);
    columns[12].add(v->cover_url);
  }
  pg::Params params;
  for (const auto& column : columns) params.add(column.str());
  static const std::string sql =
      "INSERT INTO member_vod (id, member_id, member_name, group_id, app_group_id, team_id, "
      " team_name, type, title, start_time_ms, vod_url, danmaku_url, cover_url) "
      "SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::integer[], $5::bigint[], "
      " $6::bigint[], $7::text[], $8::integer[], $9::text[], $10::bigint[], $11::text[], "
      " $12::text[], $13::text[]) "
      "ON CONFLICT (id) DO UPDATE SET member_id = EXCLUDED.member_id, "
      " member_name = EXCLUDED.member_name, group_id = EXCLUDED.group_id, "
      " app_group_id = EXCLUDED.app_group_id, team_id = EXCLUDED.team_id, "
      " team_name = EXCLUDED.team_name, type = EXCLUDED.type, title = EXCLUDED.title, "
      " start_time_ms = EXCLUDED.start_time_ms, vod_url = EXCLUDED.vod_url, "
      " danmaku_url = EXCLUDED.danmaku_url, cover_url = EXCLUDED.cover_url";
  conn.exec_prepared(sql, params);
}

}  // namespace kvm48::postgres
