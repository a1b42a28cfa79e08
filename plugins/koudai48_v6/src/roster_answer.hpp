#pragma once
// The roster: a group_team_star content (UPSTREAM.md 6, 6.1) as teams and members.
// Pure; any thread.

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include <kvm48/records.hpp>

namespace koudai48 {

struct Roster {
  std::vector<kvm48::Team> teams;      ///< teamInfo[], in upstream order
  std::vector<kvm48::Member> members;  ///< starInfo[], in upstream order
  /// Rows that could not be read or stored (one message each); the others are kept.
  std::vector<std::string> problems;
};

/// teamInfo[] -> Team {teamId, teamName, groupId, group, teamColor, active =
/// status != 0}; starInfo[] -> Member {userId, realName, pinyin, groupId, group,
/// team (teamId, with teamName, or the team's name from teamInfo; none for 0),
/// joinTime, status, avatar resolved}. Optional text that upstream fills with ""
/// "0" or "-" for "unknown" is left unset. Throws WireError when teamInfo or
/// starInfo is not an array.
Roster parse_roster(const nlohmann::json& content, std::string_view resource_base);

/// Members by id, for member VODs' group and team.
using MemberIndex = std::map<std::int64_t, kvm48::Member>;

}  // namespace koudai48
