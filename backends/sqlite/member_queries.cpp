#include "member_queries.hpp"

#include <limits>

#include "member_vod_rows.hpp"
#include "roster_rows.hpp"

namespace kvm48::sqlite {
namespace {

using Kind = Transaction::Kind;

std::int64_t sql_limit(std::size_t limit) {
  if (limit == 0 || limit > static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())) {
    return -1;  // SQLite: a negative LIMIT means none
  }
  return static_cast<std::int64_t>(limit);
}

// The SQL of a range query with only the filters that are set, so each of the
// (at most eight) shapes gets its own cached statement and the planner can use
// the (member_id, start_time_ms) index when a member is asked for.
std::string range_sql(const MemberVodRange& range) {
  std::string sql = "SELECT " + kMemberVodColumns +
                    " FROM member_vod WHERE start_time_ms >= ?1 AND start_time_ms < ?2";
  if (range.group) sql += " AND group_id = ?4";
  if (range.member_id) sql += " AND member_id = ?5";
  if (range.type) sql += " AND type = ?6";
  return sql + " ORDER BY start_time_ms, id LIMIT ?3";
}

// Range bounds in milliseconds ([from * 1000, to * 1000)); seconds beyond what
// int64 milliseconds can hold are clamped instead of overflowing.
std::int64_t seconds_to_ms(std::int64_t seconds) noexcept {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max() / 1000;
  if (seconds > kMax) return std::numeric_limits<std::int64_t>::max();
  if (seconds < -kMax) return std::numeric_limits<std::int64_t>::min();
  return seconds * 1000;
}

}  // namespace

std::vector<std::optional<MemberVod>> member_vods_by_id(Connection& db,
                                                        std::span<const std::string> ids) {
  std::vector<std::optional<MemberVod>> out;
  out.reserve(ids.size());
  Transaction snapshot(db, Kind::deferred);
  for (const std::string& id : ids) out.push_back(find_member_vod(db, id));
  snapshot.commit();
  return out;
}

std::vector<MemberVod> member_vods_in_range(Connection& db, const MemberVodRange& range) {
  std::vector<MemberVod> out;
  auto select = db.cached(range_sql(range));
  select->bind(1, seconds_to_ms(range.from));
  select->bind(2, seconds_to_ms(range.to));
  select->bind(3, sql_limit(range.limit));
  if (range.group) select->bind(4, club_id(*range.group));
  if (range.member_id) select->bind(5, *range.member_id);
  if (range.type) select->bind(6, static_cast<std::int64_t>(*range.type));
  while (select->step()) out.push_back(read_member_vod(*select));
  return out;
}

std::vector<bool> known_member_vods(Connection& db, std::span<const std::string> ids) {
  static const std::string probe = "SELECT 1 FROM member_vod WHERE id = ?";
  return rows_exist(db, probe, ids);
}

std::vector<Member> members_matching(Connection& db, const MemberFilter& filter) {
  std::string sql = "SELECT " + kMemberColumns + " FROM member WHERE 1";
  if (filter.group) sql += " AND group_id = ?1";
  if (filter.team_id) sql += " AND team_id = ?2";
  sql += " ORDER BY id";
  std::vector<Member> out;
  auto select = db.cached(sql);
  if (filter.group) select->bind(1, club_id(*filter.group));
  if (filter.team_id) select->bind(2, *filter.team_id);
  while (select->step()) out.push_back(read_member(*select));
  return out;
}

std::vector<Team> all_teams(Connection& db) {
  static const std::string sql = "SELECT " + kTeamColumns + " FROM team ORDER BY id";
  std::vector<Team> out;
  auto select = db.cached(sql);
  while (select->step()) out.push_back(read_team(*select));
  return out;
}

}  // namespace kvm48::sqlite
