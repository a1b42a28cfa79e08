// type Query: revision, perfVod, perfVods, with the original's argument rules and messages.

#include <string>
#include <vector>

#include "api/schema_parts.hpp"
#include "graphql/type/resolve_info.hpp"

namespace kvm48::api {
namespace {

using graphql::Json;
using graphql::ResolveInfo;
using graphql::Value;

// The original's two messages, word for word (KVM48 server/schema.py).
constexpr const char* kIdsExclusive =
    "'from', 'to' and 'group' are not allowed when 'ids' is specified.";
constexpr const char* kIdsOrRange = "Either 'ids', or 'from' and 'to' must be specified.";

/// The client sees that the database failed; the operator's log gets the backend's words.
[[noreturn]] void backend_failed(const ApiContext& context, const Status& status) {
  if (context.report_backend_error) context.report_backend_error(status.message());
  throw std::runtime_error("The database could not be read; try again later.");
}

std::string too_many(std::size_t bound, const char* advice) {
  return "perfVods: the answer would hold more than " + std::to_string(bound) + " VODs (" + advice +
         ").";
}

Value vod_value(std::optional<PerfVod>&& vod) {
  return vod ? Value::object(std::move(*vod)) : Value();
}

/// Looks the ids up in one backend call; null ids and unknown ids answer null.
Value vods_by_ids(ApiContext& context, const Json& ids) {
  if (ids.size() > context.max_results) {
    return Value::error(too_many(context.max_results, "ask for fewer ids per query"));
  }
  std::vector<std::string> wanted;
  wanted.reserve(ids.size());
  for (const auto& id : ids) {
    if (id.is_string()) wanted.push_back(id.get<std::string>());
  }
  std::vector<std::optional<PerfVod>> found;
  if (Status status = context.backend.get_perf_vods(wanted, found); !status.ok()) {
    backend_failed(context, status);
  }
  Value::List answer;
  answer.reserve(ids.size());
  std::size_t next = 0;
  for (const auto& id : ids) {
    answer.push_back(id.is_string() ? vod_value(std::move(found.at(next++))) : Value());
  }
  return answer;
}

Value vods_in_range(ApiContext& context, std::int64_t from, std::int64_t to, const Json& group) {
  PerfVodRange range{from, to, std::nullopt, context.max_results + 1};
  if (group.is_string()) range.group = group_from_name(group.get<std::string>());
  std::vector<PerfVod> found;
  if (Status status = context.backend.perf_vods_in_range(range, found); !status.ok()) {
    backend_failed(context, status);
  }
  if (found.size() > context.max_results) {
    return Value::error(too_many(context.max_results, "narrow the time range"));
  }
  Value::List answer;
  answer.reserve(found.size());
  for (auto& vod : found) answer.push_back(Value::object(std::move(vod)));
  return answer;
}

Value resolve_perf_vods(const ResolveInfo& info) {
  ApiContext& context = api_context(info.context);
  const Json& ids = info.arg("ids");
  const Json& from = info.arg("from");
  const Json& to = info.arg("to");
  const Json& group = info.arg("group");
  if (!ids.is_null() && (!from.is_null() || !to.is_null() || !group.is_null())) {
    return Value::error(kIdsExclusive);
  }
  if (ids.is_null() && (from.is_null() || to.is_null())) return Value::error(kIdsOrRange);
  if (!ids.is_null()) return vods_by_ids(context, ids);
  return vods_in_range(context, from.get<std::int64_t>(), to.get<std::int64_t>(), group);
}

Value resolve_perf_vod(const ResolveInfo& info) {
  ApiContext& context = api_context(info.context);
  const std::vector<std::string> ids{info.arg("id").get<std::string>()};
  std::vector<std::optional<PerfVod>> found;
  if (Status status = context.backend.get_perf_vods(ids, found); !status.ok()) {
    backend_failed(context, status);
  }
  return vod_value(std::move(found.at(0)));
}

}  // namespace

void add_query_type(graphql::Schema& schema) {
  auto& query = schema.addObject("Query");
  query.field(
      "revision", "String!", [](const ResolveInfo&) { return Value(kSchemaRevision); },
      "Revision number of the schema.");
  query.field("perfVod", "PerfVOD", resolve_perf_vod, "Look up one VOD by ID.")
      .arg("id", "String!", std::nullopt, "Canonical VOD ID, e.g., `\"324479006245982208\"`.");
  query
      .field("perfVods", "[PerfVOD]", resolve_perf_vods,
             "Look up a list of VODs by IDs or time range (optionally filtered by group\n"
             "affiliation). Either specify `ids`, or `from` and `to` (`group` is optional), but "
             "not\nboth.")
      .arg("ids", "[String]", std::nullopt, "Canonical VOD IDs, e.g., `\"324479006245982208\"`.")
      .arg("from", "Int", std::nullopt, "Time range lower bound (inclusive).")
      .arg("to", "Int", std::nullopt, "Time range upper bound (exclusive).")
      .arg("group", "Group", std::nullopt, "Optionally limit group affiliation.");
}

}  // namespace kvm48::api
