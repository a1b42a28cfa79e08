#include "roster_answer.hpp"

#include "resource_url.hpp"
#include "wire_json.hpp"

namespace koudai48 {

using nlohmann::json;

namespace {

std::optional<std::string> known_text(const json& row, const char* key) {
  auto value = optional_text(row, key);
  if (!value || value->empty() || *value == "0" || *value == "-") return std::nullopt;
  return value;
}

kvm48::Team read_team(const json& row) {
  kvm48::Team team;
  team.id = integer(row, "teamId");
  team.name = text(row, "teamName");
  team.app_group_id = integer_or(row, "groupId", 0);
  team.group = kvm48::group_from_app_group_id(team.app_group_id);
  team.color = known_text(row, "teamColor");
  team.active = integer_or(row, "status", 1) != 0;
  return team;
}

kvm48::Member read_member(const json& row, const std::map<std::int64_t, std::string>& team_names,
                          std::string_view resource_base) {
  kvm48::Member member;
  member.id = integer(row, "userId");
  member.name = text(row, "realName");
  member.pinyin = known_text(row, "pinyin");
  member.app_group_id = integer_or(row, "groupId", 0);
  member.group = kvm48::group_from_app_group_id(member.app_group_id);
  if (const std::int64_t team_id = integer_or(row, "teamId", 0); team_id != 0) {
    std::string name = optional_text(row, "teamName").value_or("");
    if (const auto found = team_names.find(team_id); name.empty() && found != team_names.end()) {
      name = found->second;
    }
    member.team = kvm48::TeamRef{team_id, name};
  }
  member.join_date = known_text(row, "joinTime");
  member.status = integer_or(row, "status", 1);
  if (auto avatar = known_text(row, "avatar")) {
    member.avatar_url = resolve_resource(resource_base, *avatar);
  }
  return member;
}

}  // namespace

Roster parse_roster(const json& content, std::string_view resource_base) {
  Roster roster;
  std::map<std::int64_t, std::string> team_names;
  const json& teams = array(content, "teamInfo");
  for (std::size_t i = 0; i < teams.size(); ++i) {
    try {
      kvm48::Team team = read_team(teams[i]);
      if (auto problem = kvm48::team_problem(team); !problem.empty()) throw WireError(problem);
      team_names[team.id] = team.name;
      roster.teams.push_back(std::move(team));
    } catch (const WireError& e) {
      roster.problems.push_back("teamInfo[" + std::to_string(i) + "]: " + e.what());
    }
  }
  const json& stars = array(content, "starInfo");
  for (std::size_t i = 0; i < stars.size(); ++i) {
    try {
      kvm48::Member member = read_member(stars[i], team_names, resource_base);
      if (auto problem = kvm48::member_problem(member); !problem.empty()) throw WireError(problem);
      roster.members.push_back(std::move(member));
    } catch (const WireError& e) {
      roster.problems.push_back("starInfo[" + std::to_string(i) + "]: " + e.what());
    }
  }
  return roster;
}

}  // namespace koudai48
