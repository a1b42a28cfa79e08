#include "roster_rows.hpp"

#include "group_column.hpp"

namespace kvm48::sqlite {

const std::string kTeamColumns = "id, name, app_group_id, group_id, color, active";
const std::string kMemberColumns =
    "id, name, pinyin, app_group_id, group_id, team_id, team_name, join_date, status, avatar_url";

Team read_team(const Statement& row) {
  Team team;
  team.id = row.int64(0);
  team.name = row.text(1);
  team.app_group_id = row.int64(2);
  team.group = read_group(row, 3, "team " + std::to_string(team.id));
  team.color = row.optional_text(4);
  team.active = row.int64(5) != 0;
  return team;
}

Member read_member(const Statement& row) {
  Member member;
  member.id = row.int64(0);
  member.name = row.text(1);
  member.pinyin = row.optional_text(2);
  member.app_group_id = row.int64(3);
  member.group = read_group(row, 4, "member " + std::to_string(member.id));
  member.team = read_team_ref(row, 5, 6);
  member.join_date = row.optional_text(7);
  member.status = row.int64(8);
  member.avatar_url = row.optional_text(9);
  return member;
}

std::optional<Team> find_team(Connection& db, std::int64_t id) {
  static const std::string sql = "SELECT " + kTeamColumns + " FROM team WHERE id = ?";
  auto statement = db.cached(sql);
  statement->bind(1, id);
  if (!statement->step()) return std::nullopt;
  return read_team(*statement);
}

std::optional<Member> find_member(Connection& db, std::int64_t id) {
  static const std::string sql = "SELECT " + kMemberColumns + " FROM member WHERE id = ?";
  auto statement = db.cached(sql);
  statement->bind(1, id);
  if (!statement->step()) return std::nullopt;
  return read_member(*statement);
}

void put_team(Connection& db, const Team& team) {
  static const std::string sql =
      "INSERT OR REPLACE INTO team (" + kTeamColumns + ") VALUES (?, ?, ?, ?, ?, ?)";
  auto statement = db.cached(sql);
  statement->bind(1, team.id);
  statement->bind(2, std::string_view(team.name));
  statement->bind(3, team.app_group_id);
  bind_group(*statement, 4, team.group);
  statement->bind(5, team.color);
  statement->bind(6, std::int64_t{team.active ? 1 : 0});
  statement->run();
}

void put_member(Connection& db, const Member& member) {
  static const std::string sql = "INSERT OR REPLACE INTO member (" + kMemberColumns +
                                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  auto statement = db.cached(sql);
  statement->bind(1, member.id);
  statement->bind(2, std::string_view(member.name));
  statement->bind(3, member.pinyin);
  statement->bind(4, member.app_group_id);
  bind_group(*statement, 5, member.group);
  bind_team_ref(*statement, 6, 7, member.team);
  statement->bind(8, member.join_date);
  statement->bind(9, member.status);
  statement->bind(10, member.avatar_url);
  statement->run();
}

}  // namespace kvm48::sqlite
