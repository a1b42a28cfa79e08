#pragma once
// How a Team and a Member map to rows of the `team` and `member` tables (schema
// version 4+), and the statements that read and write them.

#include <cstdint>
#include <optional>
#include <string>

#include "kvm48/records.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

/// Column lists of whole-record SELECTs, in the order read_team/read_member expect.
extern const std::string kTeamColumns;
extern const std::string kMemberColumns;

/// Decode the current row of a statement that selected kTeamColumns /
/// kMemberColumns first. Throw std::runtime_error on a row that breaks the schema.
Team read_team(const Statement& row);
Member read_member(const Statement& row);

std::optional<Team> find_team(Connection& db, std::int64_t id);
std::optional<Member> find_member(Connection& db, std::int64_t id);

/// Insert the record, or overwrite the stored row with its id.
void put_team(Connection& db, const Team& team);
void put_member(Connection& db, const Member& member);

}  // namespace kvm48::sqlite
