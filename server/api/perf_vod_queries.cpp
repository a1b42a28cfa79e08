// Query.perfVod and Query.perfVods, with the original's argument rules and messages.

#include <string>
#include <vector>

#include "api/resolver_support.hpp"
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

Value vods_by_ids(ApiContext& context, const Json& ids) {
  return answer_ids<PerfVod>(context, "perfVods", ids, [&context](const auto& wanted, auto& out) {
    return context.backend.get_perf_vods(wanted, out);
  });
}

Value vods_in_range(ApiContext& context, std::int64_t from, std::int64_t to, const Json& group) {
  const PerfVodRange range{from, to, group_argument(group), context.max_results + 1};
  std::vector<PerfVod> found;
  if (Status status = context.backend.perf_vods_in_range(range, found); !status.ok()) {
    backend_failed(context, status);
  }
  return answer_range(context, "perfVods", std::move(found));
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
  return answer_id<PerfVod>(
      context, info.arg("id").get<std::string>(),
      [&context](const auto& ids, auto& out) { return context.backend.get_perf_vods(ids, out); });
}

}  // namespace

void add_perf_vod_queries(graphql::ObjectType& query) {
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
