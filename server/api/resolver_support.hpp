#pragma once
// What the resolvers share: the backend failure edge, the answer bound's message, and
// conversions from optional record fields to GraphQL values.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/api_schema.hpp"
#include "graphql/type/value.hpp"
#include "kvm48/records.hpp"
#include "kvm48/status.hpp"

namespace kvm48::api {

/// The client learns that the database failed; the operator's log gets the backend's words
/// (through context.report_backend_error). Throws std::runtime_error, which the engine turns
/// into a field error.
[[noreturn]] void backend_failed(const ApiContext& context, const Status& status);

/// "<field>: the answer would hold more than <bound> VODs (<advice>)."
std::string too_many(std::string_view field, std::size_t bound, std::string_view advice);

/// The text, or null. Borrows it (graphql::Value::borrowedText): pass a member of the
/// parent record, never a temporary.
graphql::Value optional_text(const std::optional<std::string>& text);
graphql::Value optional_int(const std::optional<std::int64_t>& number);
/// The Group enum value, or null.
graphql::Value optional_group(const std::optional<Group>& group);
/// A Group argument (an enum name or null) as a filter.
std::optional<Group> group_argument(const graphql::Json& argument);

/// The stored team with this id, or nullopt; every stored team is read once per request
/// (context.memo). Throws as backend_failed when the backend fails.
std::optional<Team> stored_team(ApiContext& context, std::int64_t team_id);

/// A Team value for a record's team reference: the stored team when known, else one built
/// from what the record knows (id and name from `ref`, the record's group and app group,
/// no color, active). Null when `ref` is unset.
graphql::Value team_value(ApiContext& context, const std::optional<TeamRef>& ref,
                          const std::optional<Group>& group, std::int64_t app_group_id);

/// A record as a value for its object type, or null.
template <class Record>
graphql::Value record_value(std::optional<Record>&& record) {
  return record ? graphql::Value::object(std::move(*record)) : graphql::Value();
}

/// The answer of an `id` argument: the record, or null when unknown, from one call of
/// `lookup` (as for answer_ids).
template <class Record, class Lookup>
graphql::Value answer_id(ApiContext& context, std::string id, Lookup&& lookup) {
  const std::vector<std::string> ids{std::move(id)};
  std::vector<std::optional<Record>> found;
  if (Status status = lookup(ids, found); !status.ok()) backend_failed(context, status);
  return record_value(std::move(found.at(0)));
}

/// The answer of an `ids` argument (a list of strings and nulls) of field `field`: one entry
/// per id in the order given, null for a null or unknown id, from one call of
/// `lookup(std::span<const std::string>, std::vector<std::optional<Record>>&) -> Status`.
/// More ids than context.max_results is an error naming the bound.
template <class Record, class Lookup>
graphql::Value answer_ids(ApiContext& context, std::string_view field, const graphql::Json& ids,
                          Lookup&& lookup) {
  if (ids.size() > context.max_results) {
    return graphql::Value::error(
        too_many(field, context.max_results, "ask for fewer ids per query"));
  }
  std::vector<std::string> wanted;
  wanted.reserve(ids.size());
  for (const auto& id : ids) {
    if (id.is_string()) wanted.push_back(id.template get<std::string>());
  }
  std::vector<std::optional<Record>> found;
  if (Status status = lookup(wanted, found); !status.ok()) backend_failed(context, status);
  graphql::Value::List answer;
  answer.reserve(ids.size());
  std::size_t next = 0;
  for (const auto& id : ids) {
    answer.push_back(id.is_string() ? record_value(std::move(found.at(next++))) : graphql::Value());
  }
  return answer;
}

/// The answer of a range query that asked the backend for at most max_results + 1 records:
/// the records, or an error naming the bound when there are more than max_results.
template <class Record>
graphql::Value answer_range(const ApiContext& context, std::string_view field,
                            std::vector<Record>&& found) {
  if (found.size() > context.max_results) {
    return graphql::Value::error(too_many(field, context.max_results, "narrow the time range"));
  }
  graphql::Value::List answer;
  answer.reserve(found.size());
  for (auto& record : found) answer.push_back(graphql::Value::object(std::move(record)));
  return answer;
}

}  // namespace kvm48::api
