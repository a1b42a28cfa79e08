#include "roster_rows.hpp"

#include <array>
#include <string>

#include "group_column.hpp"

namespace kvm48::postgres {

const char* const kTeamColumns = "id, name, app_group_id, group_id, color, active";
const char* const kMemberColumns =
    "id, name, pinyin, app_group_id, group_id, team_id, team_name, join_date, status, avatar_url";

namespace {

std::string id_array(std::span<const std::int64_t> ids) {
  pg::ArrayLiteral array;
  for (const std::int64_t id : ids) array.add(id);
  return array.str();
}

}  // namespace

Team read_team(const pg::Result& r, int row) {
  Team team;
  team.id = r.int64(row, 0);
  team.name = r.string(row, 1);
  team.app_group_id = r.int64(row, 2);
  team.group = read_group(r, row, 3, "team " + std::to_string(team.id));
  team.color = r.opt_string(row, 4);
  team.active = r.boolean(row, 5);
  return team;
}

Member read_member(const pg::Result& r, int row) {
  Member member;
  member.id = r.int64(row, 0);
  member.name = r.string(row, 1);
  member.pinyin = r.opt_string(row, 2);
  member.app_group_id = r.int64(row, 3);
  member.group = read_group(r, row, 4, "member " + std::to_string(member.id));
  member.team = read_team_ref(r, row, 5, 6);
  member.join_date = r.opt_string(row, 7);
  member.status = r.int64(row, 8);
  member.avatar_url = r.opt_string(row, 9);
  return member;
}

std::vector<Team> select_teams(pg::Connection& conn, std::span<const std::int64_t> ids) {
  static const std::string sql =
      std::string("SELECT ") + kTeamColumns + " FROM team WHERE id = ANY($1::bigint[])";
  const pg::Result r = conn.exec_prepared(sql, pg::Params().add(id_array(ids)));
  std::vector<Team> out;
  for (int row = 0; row < r.rows(); ++row) out.push_back(read_team(r, row));
  return out;
}

std::vector<Member> select_members(pg::Connection& conn, std::span<const std::int64_t> ids) {
  static const std::string sql =
      std::string("SELECT ") + kMemberColumns + " FROM member WHERE id = ANY($1::bigint[])";
  const pg::Result r = conn.exec_prepared(sql, pg::Params().add(id_array(ids)));
  std::vector<Member> out;
  for (int row = 0; row < r.rows(); ++row) out.push_back(read_member(r, row));
  return out;
}

void upsert_teams(pg::Connection& conn, std::span<const Team* const> records) {
  if (records.empty()) return;
  std::array<pg::ArrayLiteral, 6> columns;
  for (const Team* t : records) {
    columns[0].add(t->id);
    columns[1].add(t->name);
    columns[2].add(t->app_group_id);
    columns[3].add(group_column(t->group));
    columns[4].add(t->color);
    columns[5].add(std::string_view(t->active ? "t" : "f"));
  }
  pg::Params params;
  for (const auto& column : columns) params.add(column.str());
  static const std::string sql =
      "INSERT INTO team (id, name, app_group_id, group_id, color, active) "
      "SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::integer[], $5::text[], "
      " $6::boolean[]) "
      "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, "
      " app_group_id = EXCLUDED.app_group_id, group_id = EXCLUDED.group_id, "
      " color = EXCLUDED.color, active = EXCLUDED.active";
  conn.exec_prepared(sql, params);
}

void upsert_members(pg::Connection& conn, std::span<const Member* const> records) {
  if (records.empty()) return;
  std::array<pg::ArrayLiteral, 10> columns;
  for (const Member* m : records) {
    columns[0].add(m->id);
    columns[1].add(m->name);
    columns[2].add(m->pinyin);
    columns[3].add(m->app_group_id);
    columns[4].add(group_column(m->group));
    columns[5].add(m->team ? std::optional<std::int64_t>(m->team->id) : std::nullopt);
    columns[6].add(m->team ? std::optional<std::string>(m->team->name) : std::nullopt);
    columns[7].add(m->join_date);
    columns[8].add(m->status);
    columns[9].add(m->avatar_url);
  }
  pg::Params params;
  for (const auto& column : columns) params.add(column.str());
  static const std::string sql =
      "INSERT INTO member (id, name, pinyin, app_group_id, group_id, team_id, team_name, "
      " join_date, status, avatar_url) "
      "SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::integer[], "
      " $6::bigint[], $7::text[], $8::text[], $9::bigint[], $10::text[]) "
      "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, pinyin = EXCLUDED.pinyin, "
      " app_group_id = EXCLUDED.app_group_id, group_id = EXCLUDED.group_id, "
      " team_id = EXCLUDED.team_id, team_name = EXCLUDED.team_name, "
      " join_date = EXCLUDED.join_date, status = EXCLUDED.status, "
      " avatar_url = EXCLUDED.avatar_url";
  conn.exec_prepared(sql, params);
}

}  // namespace kvm48::postgres
