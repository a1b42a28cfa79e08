#pragma once
// Columns shared by the member VOD and roster tables: an optional group stored as
// its club id (NULL for app groups without an archive), and an optional team
// stored as a (team_id, team_name) pair, both NULL or both set.

#include <optional>
#include <stdexcept>
#include <string>

#include "kvm48/records.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

inline void bind_group(Statement& statement, int index, const std::optional<Group>& group) {
  if (group) {
    statement.bind(index, club_id(*group));
  } else {
    statement.bind_null(index);
  }
}

/// Throws std::runtime_error (naming `who`) for a club id no Group has.
inline std::optional<Group> read_group(const Statement& row, int column, const std::string& who) {
  const auto club = row.optional_int64(column);
  if (!club) return std::nullopt;
  const auto group = group_from_club_id(*club);
  if (!group) throw std::runtime_error(who + " has an unknown group id " + std::to_string(*club));
  return group;
}

inline void bind_team_ref(Statement& statement, int id_index, int name_index,
                          const std::optional<TeamRef>& team) {
  if (team) {
    statement.bind(id_index, team->id);
    statement.bind(name_index, std::string_view(team->name));
  } else {
    statement.bind_null(id_index);
    statement.bind_null(name_index);
  }
}

inline std::optional<TeamRef> read_team_ref(const Statement& row, int id_column, int name_column) {
  const auto id = row.optional_int64(id_column);
  if (!id) return std::nullopt;
  return TeamRef{*id, row.text(name_column)};
}

}  // namespace kvm48::sqlite
