#include "member_vod_rows.hpp"

#include <stdexcept>

#include "group_column.hpp"

namespace kvm48::sqlite {

const std::string kMemberVodColumns =
    "id, member_id, member_name, group_id, app_group_id, team_id, team_name, type, title, "
    "start_time_ms, vod_url, danmaku_url, cover_url";

MemberVod read_member_vod(const Statement& row) {
  MemberVod vod;
  vod.id = row.text(0);
  vod.member_id = row.int64(1);
  vod.member_name = row.text(2);
  vod.group = read_group(row, 3, "member VOD " + vod.id);
  vod.app_group_id = row.int64(4);
  vod.team = read_team_ref(row, 5, 6);
  const std::int64_t type = row.int64(7);
  if (type != static_cast<std::int64_t>(MemberVodType::live) &&
      type != static_cast<std::int64_t>(MemberVodType::radio)) {
    throw std::runtime_error("member VOD " + vod.id + " has an unknown type " +
                             std::to_string(type));
  }
  vod.type = static_cast<MemberVodType>(type);
  vod.title = row.text(8);
  vod.start_time_ms = row.int64(9);
  vod.vod_url = row.optional_text(10);
  vod.danmaku_url = row.optional_text(11);
  vod.cover_url = row.optional_text(12);
  return vod;
}

std::optional<MemberVod> find_member_vod(Connection& db, std::string_view id) {
  static const std::string sql = "SELECT " + kMemberVodColumns + " FROM member_vod WHERE id = ?";
  auto statement = db.cached(sql);
  statement->bind(1, id);
  if (!statement->step()) return std::nullopt;
  return read_member_vod(*statement);
}

void put_member_vod(Connection& db, const MemberVod& vod) {
  static const std::string sql =
      "INSERT INTO member_vod (" + kMemberVodColumns +
      ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
      "ON CONFLICT (id) DO UPDATE SET member_id = ?2, member_name = ?3, group_id = ?4, "
      "app_group_id = ?5, team_id = ?6, team_name = ?7, type = ?8, title = ?9, "
      "start_time_ms = ?10, vod_url = ?11, danmaku_url = ?12, cover_url = ?13";
  auto statement = db.cached(sql);
  statement->bind(1, std::string_view(vod.id));
  statement->bind(2, vod.member_id);
  statement->bind(3, std::string_view(vod.member_name));
  bind_group(*statement, 4, vod.group);
  statement->bind(5, vod.app_group_id);
  bind_team_ref(*statement, 6, 7, vod.team);
  statement->bind(8, static_cast<std::int64_t>(vod.type));
  statement->bind(9, std::string_view(vod.title));
  statement->bind(10, vod.start_time_ms);
  statement->bind(11, vod.vod_url);
  statement->bind(12, vod.danmaku_url);
  statement->bind(13, vod.cover_url);
  statement->run();
}

}  // namespace kvm48::sqlite
