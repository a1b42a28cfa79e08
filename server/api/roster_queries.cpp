// Query.members and Query.teams: the stored roster.

#include <vector>

#include "api/resolver_support.hpp"
#include "api/schema_parts.hpp"
#include "graphql/type/resolve_info.hpp"

namespace kvm48::api {
namespace {

using graphql::Json;
using graphql::ResolveInfo;
using graphql::Value;

Value resolve_members(const ResolveInfo& info) {
  ApiContext& context = api_context(info.context);
  MemberFilter filter;
  filter.group = group_argument(info.arg("group"));
  if (const Json& team = info.arg("teamId"); team.is_number_integer()) {
    filter.team_id = team.get<std::int64_t>();
  }
  std::vector<Member> members;
  if (Status status = context.backend.get_members(filter, members); !status.ok()) {
    backend_failed(context, status);
  }
  Value::List answer;
  answer.reserve(members.size());
  for (auto& member : members) answer.push_back(Value::object(std::move(member)));
  return answer;
}

/// Reads the teams into the request's memo, so that Member.team in the same request reads
/// them from there.
Value resolve_teams(const ResolveInfo& info) {
  ApiContext& context = api_context(info.context);
  const std::optional<Group> group = group_argument(info.arg("group"));
  std::vector<Team> teams;
  if (Status status = context.backend.get_teams(teams); !status.ok()) {
    backend_failed(context, status);
  }
  Value::List answer;
  for (const Team& team : teams) {
    if (!group || team.group == group) answer.push_back(Value::object(team));
  }
  std::lock_guard lock(context.memo.mutex);
  if (!context.memo.teams) context.memo.teams = std::move(teams);
  return answer;
}

}  // namespace

void add_roster_queries(graphql::ObjectType& query) {
  query
      .field("members", "[Member!]!", resolve_members,
             "Members of the stored roster, ordered by ID, optionally limited to a group and/or "
             "a team.")
      .arg("group", "Group", std::nullopt, "Optionally limit group affiliation.")
      .arg("teamId", "Int", std::nullopt, "Optionally limit to one team (`Team.id`).");
  query
      .field("teams", "[Team!]!", resolve_teams,
             "Teams of the stored roster (dissolved ones included), ordered by ID.")
      .arg("group", "Group", std::nullopt, "Optionally limit group affiliation.");
}

}  // namespace kvm48::api
