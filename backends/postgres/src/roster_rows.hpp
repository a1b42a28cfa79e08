#pragma once
// How a Team and a Member map to rows of the `team` and `member` tables, and the
// set-based statements that read and write many rows in one round trip.

#include <cstdint>
#include <span>
#include <vector>

#include "kvm48/records.hpp"
#include "pg/connection.hpp"

namespace kvm48::postgres {

/// Column lists of whole-record SELECTs, in the order read_team/read_member expect.
extern const char* const kTeamColumns;
extern const char* const kMemberColumns;

/// Decode row `row` of a result that selected kTeamColumns / kMemberColumns
/// first. Throw pg::Error on a row that breaks the schema's invariants.
Team read_team(const pg::Result& result, int row);
Member read_member(const pg::Result& result, int row);

/// The stored records among `ids` (any order, each once).
std::vector<Team> select_teams(pg::Connection& conn, std::span<const std::int64_t> ids);
std::vector<Member> select_members(pg::Connection& conn, std::span<const std::int64_t> ids);

/// Insert or overwrite every record (by id) in one statement. Ids must be distinct.
void upsert_teams(pg::Connection& conn, std::span<const Team* const> records);
void upsert_members(pg::Connection& conn, std::span<const Member* const> records);

}  // namespace kvm48::postgres
