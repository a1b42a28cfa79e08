#include "api/resolver_support.hpp"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace kvm48::api {

using graphql::Json;
using graphql::Value;

void backend_failed(const ApiContext& context, const Status& status) {
  if (context.report_backend_error) context.report_backend_error(status.message());
  throw std::runtime_error("The database could not be read; try again later.");
}

std::string too_many(std::string_view field, std::size_t bound, std::string_view advice) {
  return std::string(field) + ": the answer would hold more than " + std::to_string(bound) +
         " VODs (" + std::string(advice) + ").";
}

Value optional_text(const std::optional<std::string>& text) {
  return text ? Value::borrowedText(*text) : Value();
}

Value optional_int(const std::optional<std::int64_t>& number) {
  return number ? Value(*number) : Value();
}

Value optional_group(const std::optional<Group>& group) {
  return group ? Value::borrowedText(to_string(*group)) : Value();  // a static name
}

std::optional<Group> group_argument(const Json& argument) {
  if (!argument.is_string()) return std::nullopt;
  return group_from_name(argument.get<std::string>());
}

std::optional<Team> stored_team(ApiContext& context, std::int64_t team_id) {
  std::lock_guard lock(context.memo.mutex);
  if (!context.memo.teams) {
    std::vector<Team> teams;
    if (Status status = context.backend.get_teams(teams); !status.ok()) {
      backend_failed(context, status);
    }
    context.memo.teams = std::move(teams);
  }
  const auto& teams = *context.memo.teams;
  const auto found = std::find_if(teams.begin(), teams.end(),
                                  [team_id](const Team& team) { return team.id == team_id; });
  if (found == teams.end()) return std::nullopt;
  return *found;
}

Value team_value(ApiContext& context, const std::optional<TeamRef>& ref,
                 const std::optional<Group>& group, std::int64_t app_group_id) {
  if (!ref) return Value();
  if (auto stored = stored_team(context, ref->id)) return Value::object(std::move(*stored));
  Team built;
  built.id = ref->id;
  built.name = ref->name;
  built.group = group;
  built.app_group_id = app_group_id;
  return Value::object(std::move(built));
}

}  // namespace kvm48::api
