// The read side of PostgresBackend for member VODs and the roster: as
// postgres_reads.cpp, each method is one statement on a pooled connection (a
// consistent snapshot), retried once if the connection broke.

#include <limits>
#include <unordered_map>

#include "known_keys.hpp"
#include "member_vod_rows.hpp"
#include "postgres_backend.hpp"
#include "roster_rows.hpp"
#include "status_guard.hpp"

namespace kvm48::postgres {
namespace {

// Range bounds in milliseconds ([from * 1000, to * 1000)); seconds beyond what
// int64 milliseconds can hold are clamped instead of overflowing.
std::int64_t seconds_to_ms(std::int64_t seconds) noexcept {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max() / 1000;
  if (seconds > kMax) return std::numeric_limits<std::int64_t>::max();
  if (seconds < -kMax) return std::numeric_limits<std::int64_t>::min();
  return seconds * 1000;
}

// A range query naming only the filters that are set (so a member's query can
// use the (member_id, start_time_ms) index), with its parameters.
struct RangeQuery {
  std::string sql;
  pg::Params params;
};

RangeQuery range_query(const MemberVodRange& range) {
  RangeQuery q;
  q.sql = std::string("SELECT ") + kMemberVodColumns +
          " FROM member_vod WHERE start_time_ms >= $1::bigint AND start_time_ms < $2::bigint";
  q.params.add(seconds_to_ms(range.from)).add(seconds_to_ms(range.to));
  auto filter = [&q](const char* column, const char* type, std::int64_t value) {
    q.params.add(value);
    q.sql += std::string(" AND ") + column + " = $" + std::to_string(q.params.size()) + type;
  };
  if (range.group) filter("group_id", "::integer", club_id(*range.group));
  if (range.member_id) filter("member_id", "::bigint", *range.member_id);
  if (range.type) filter("type", "::integer", static_cast<std::int64_t>(*range.type));
  if (range.limit > 0) {
    q.params.add(static_cast<std::int64_t>(range.limit));
  } else {
    q.params.add_null();
  }
  q.sql += " ORDER BY start_time_ms, id LIMIT $" + std::to_string(q.params.size()) + "::bigint";
  return q;
}

}  // namespace

Status PostgresBackend::get_member_vods(std::span<const std::string> ids,
                                        std::vector<std::optional<MemberVod>>& out) noexcept {
  out.clear();
  const Status status = guarded("get_member_vods", [&] {
    std::vector<MemberVod> found =
        pool().with_retry([&](pg::Connection& c) { return select_member_vods(c, ids); });
    std::unordered_map<std::string, MemberVod> by_id;
    for (MemberVod& v : found) {
      std::string id = v.id;
      by_id.emplace(std::move(id), std::move(v));
    }
    out.reserve(ids.size());
    for (const std::string& id : ids) {
      const auto it = by_id.find(id);
      out.push_back(it == by_id.end() ? std::nullopt : std::optional<MemberVod>(it->second));
    }
  });
  if (!status) out.clear();
  return status;
}

Status PostgresBackend::member_vods_in_range(const MemberVodRange& range,
                                             std::vector<MemberVod>& out) noexcept {
  out.clear();
  const Status status = guarded("member_vods_in_range", [&] {
    const RangeQuery q = range_query(range);
    pool().with_retry([&](pg::Connection& c) {
      out.clear();
      const pg::Result r = c.exec_prepared(q.sql, q.params);
      out.reserve(static_cast<std::size_t>(r.rows()));
      for (int row = 0; row < r.rows(); ++row) out.push_back(read_member_vod(r, row));
    });
  });
  if (!status) out.clear();
  return status;
}

Status PostgresBackend::known_member_vod_ids(std::span<const std::string> ids,
                                             std::vector<bool>& known) noexcept {
  known.clear();
  const Status status = guarded("known_member_vod_ids", [&] {
    known = known_keys(pool(), "SELECT id FROM member_vod WHERE id = ANY($1::text[])", ids);
  });
  if (!status) known.clear();
  return status;
}

Status PostgresBackend::get_members(const MemberFilter& filter, std::vector<Member>& out) noexcept {
  out.clear();
  const Status status = guarded("get_members", [&] {
    pg::Params params;
    params.add(filter.group ? std::optional<std::int64_t>(club_id(*filter.group)) : std::nullopt);
    params.add(filter.team_id);
    // A few hundred members at most: the NULL-or-equal form keeps one statement.
    const std::string sql = std::string("SELECT ") + kMemberColumns +
                            " FROM member WHERE ($1::integer IS NULL OR group_id = $1::integer) "
                            "AND ($2::bigint IS NULL OR team_id = $2::bigint) ORDER BY id";
    pool().with_retry([&](pg::Connection& c) {
      out.clear();
      const pg::Result r = c.exec_prepared(sql, params);
      for (int row = 0; row < r.rows(); ++row) out.push_back(read_member(r, row));
    });
  });
  if (!status) out.clear();
  return status;
}

Status PostgresBackend::get_teams(std::vector<Team>& out) noexcept {
  out.clear();
  const Status status = guarded("get_teams", [&] {
    const std::string sql = std::string("SELECT ") + kTeamColumns + " FROM team ORDER BY id";
    pool().with_retry([&](pg::Connection& c) {
      out.clear();
      const pg::Result r = c.exec_prepared(sql, pg::Params());
      for (int row = 0; row < r.rows(); ++row) out.push_back(read_team(r, row));
    });
  });
  if (!status) out.clear();
  return status;
}

}  // namespace kvm48::postgres
