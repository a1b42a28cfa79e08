// type Team and type Member: fields read from the kvm48::Team and kvm48::Member the roster
// resolvers (and MemberVOD.team) return.

#include <stdexcept>
#include <string>

#include "api/resolver_support.hpp"
#include "api/schema_parts.hpp"
#include "graphql/type/resolve_info.hpp"
#include "kvm48/records.hpp"

namespace kvm48::api {
namespace {

using graphql::ResolveInfo;
using graphql::Value;

const Team& team_of(const ResolveInfo& info) {
  const auto* team = info.parent.object<Team>();
  if (team == nullptr) throw std::runtime_error("internal error: Team parent is not a team");
  return *team;
}

const Member& member_of(const ResolveInfo& info) {
  const auto* member = info.parent.object<Member>();
  if (member == nullptr) throw std::runtime_error("internal error: Member parent is not a member");
  return *member;
}

void add_team_type(graphql::Schema& schema) {
  auto& type = schema.addObject("Team", "A team of a group, as the Koudai48 app lists it.");
  type.field(
      "id", "Int!", [](const ResolveInfo& i) { return Value(team_of(i).id); },
      "Koudai48 team ID, e.g., `1001` for SNH48 TEAM SII.");
  type.field(
      "name", "String!", [](const ResolveInfo& i) { return Value::borrowedText(team_of(i).name); },
      "Team name, e.g., `\"TEAM SII\"`.");
  type.field(
      "group", "Group", [](const ResolveInfo& i) { return optional_group(team_of(i).group); },
      "The team's group; null for an app group without a performance archive (e.g., IDFT).");
  type.field(
      "appGroupId", "Int!", [](const ResolveInfo& i) { return Value(team_of(i).app_group_id); },
      "Koudai48 app group ID (`10` SNH48, `11` BEJ48, `12` GNZ48, `13` SHY48, `14` CKG48, `21` "
      "CGT48, others for groups without an archive); `0` when unknown.");
  type.field(
      "color", "String", [](const ResolveInfo& i) { return optional_text(team_of(i).color); },
      "Team color as hex RGB without `#`, e.g., `\"90CCEA\"`; null when unknown.");
  type.field(
      "active", "Boolean!", [](const ResolveInfo& i) { return Value(team_of(i).active); },
      "False for a dissolved team. A team known only from a member's or VOD's reference (not "
      "in the stored roster) counts as active.");
}

void add_member_type(graphql::Schema& schema) {
  auto& type = schema.addObject("Member", "A member of a group, as the Koudai48 app lists her.");
  type.field(
      "id", "Int!", [](const ResolveInfo& i) { return Value(member_of(i).id); },
      "Koudai48 user ID, e.g., `35`; `MemberVOD.memberId` refers to it.");
  type.field(
      "name", "String!",
      [](const ResolveInfo& i) { return Value::borrowedText(member_of(i).name); },
      "Real name, e.g., `\"莫寒\"`.");
  type.field(
      "pinyin", "String", [](const ResolveInfo& i) { return optional_text(member_of(i).pinyin); },
      "Name in pinyin, e.g., `\"mohan\"`; null when unknown.");
  type.field(
      "group", "Group", [](const ResolveInfo& i) { return optional_group(member_of(i).group); },
      "The member's group; null for an app group without a performance archive.");
  type.field(
      "appGroupId", "Int!", [](const ResolveInfo& i) { return Value(member_of(i).app_group_id); },
      "Koudai48 app group ID, as `Team.appGroupId`.");
  type.field(
      "team", "Team",
      [](const ResolveInfo& i) {
        const Member& member = member_of(i);
        return team_value(api_context(i.context), member.team, member.group, member.app_group_id);
      },
      "The member's team; null at group level (no team).");
  type.field(
      "joinDate", "String",
      [](const ResolveInfo& i) { return optional_text(member_of(i).join_date); },
      "Date the member joined, e.g., `\"2012-10-14\"`; null when unknown.");
  type.field(
      "status", "Int!", [](const ResolveInfo& i) { return Value(member_of(i).status); },
      "Status as the app gives it: `1` active, `2` paused, `3` left (other values verbatim).");
  type.field(
      "avatarUrl", "String",
      [](const ResolveInfo& i) { return optional_text(member_of(i).avatar_url); },
      "URL of the member's avatar image; null when unknown.");
}

}  // namespace

void add_roster_types(graphql::Schema& schema) {
  add_team_type(schema);
  add_member_type(schema);
}

}  // namespace kvm48::api
