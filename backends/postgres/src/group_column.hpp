#pragma once
// Columns shared by the member VOD and roster tables: an optional group stored as
// its club id (NULL for app groups without an archive), and an optional team
// stored as a (team_id, team_name) pair, both NULL or both set.

#include <optional>
#include <string>

#include "kvm48/records.hpp"
#include "pg/error.hpp"
#include "pg/result.hpp"

namespace kvm48::postgres {

inline std::optional<std::int64_t> group_column(const std::optional<Group>& group) {
  if (!group) return std::nullopt;
  return club_id(*group);
}

/// Throws pg::Error (naming `who`) for a club id no Group has.
inline std::optional<Group> read_group(const pg::Result& r, int row, int column,
                                       const std::string& who) {
  const auto club = r.opt_int64(row, column);
  if (!club) return std::nullopt;
  const auto group = group_from_club_id(*club);
  if (!group) throw pg::Error(who + " has group_id " + std::to_string(*club), {}, false);
  return group;
}

inline std::optional<TeamRef> read_team_ref(const pg::Result& r, int row, int id_column,
                                            int name_column) {
  const auto id = r.opt_int64(row, id_column);
  if (!id) return std::nullopt;
  return TeamRef{*id, r.string(row, name_column)};
}

}  // namespace kvm48::postgres
