// Query.memberVod and Query.memberVods: the rules of perfVods (ids or a time range, never
// both; the answer bound), with messages in the style of the original's two.

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

// Worded as the original's two perfVods messages (perf_vod_queries.cpp); the second is the same.
constexpr const char* kIdsExclusive =
    "'from', 'to', 'group', 'memberId' and 'type' are not allowed when 'ids' is specified.";
constexpr const char* kIdsOrRange = "Either 'ids', or 'from' and 'to' must be specified.";
constexpr const char* kField = "memberVods";

Value vods_by_ids(ApiContext& context, const Json& ids) {
  return answer_ids<MemberVod>(context, kField, ids, [&context](const auto& wanted, auto& out) {
    return context.backend.get_member_vods(wanted, out);
  });
}

/// The range and its filters from the arguments (from and to are given).
MemberVodRange range_of(const ResolveInfo& info, std::size_t limit) {
  MemberVodRange range;
  range.from = info.arg("from").get<std::int64_t>();
  range.to = info.arg("to").get<std::int64_t>();
  range.group = group_argument(info.arg("group"));
  if (const Json& member = info.arg("memberId"); member.is_number_integer()) {
    range.member_id = member.get<std::int64_t>();
  }
  if (const Json& type = info.arg("type"); type.is_string()) {
    range.type = type.get<std::string>() == to_string(MemberVodType::radio) ? MemberVodType::radio
                                                                            : MemberVodType::live;
  }
  range.limit = limit;
  return range;
}

Value vods_in_range(ApiContext& context, const MemberVodRange& range) {
  std::vector<MemberVod> found;
  if (Status status = context.backend.member_vods_in_range(range, found); !status.ok()) {
    backend_failed(context, status);
  }
  return answer_range(context, kField, std::move(found));
}

Value resolve_member_vods(const ResolveInfo& info) {
  ApiContext& context = api_context(info.context);
  const Json& ids = info.arg("ids");
  const bool range_given = !info.arg("from").is_null() || !info.arg("to").is_null();
  const bool filter_given = !info.arg("group").is_null() || !info.arg("memberId").is_null() ||
                            !info.arg("type").is_null();
  if (!ids.is_null() && (range_given || filter_given)) return Value::error(kIdsExclusive);
  if (!ids.is_null()) return vods_by_ids(context, ids);
  if (info.arg("from").is_null() || info.arg("to").is_null()) return Value::error(kIdsOrRange);
  return vods_in_range(context, range_of(info, context.max_results + 1));
}

Value resolve_member_vod(const ResolveInfo& info) {
  ApiContext& context = api_context(info.context);
  return answer_id<MemberVod>(
      context, info.arg("id").get<std::string>(),
      [&context](const auto& ids, auto& out) { return context.backend.get_member_vods(ids, out); });
}

}  // namespace

void add_member_vod_queries(graphql::ObjectType& query) {
  query.field("memberVod", "MemberVOD", resolve_member_vod, "Look up one member VOD by ID.")
      .arg("id", "String!", std::nullopt, "Koudai48 live ID, e.g., `\"1043212306789134336\"`.");
  query
      .field("memberVods", "[MemberVOD]", resolve_member_vods,
             "Look up a list of member VODs by IDs or time range (optionally filtered by group,\n"
             "member and type). Either specify `ids`, or `from` and `to` (`group`, `memberId` "
             "and\n`type` are optional), but not both. A range is ordered by start time, then "
             "ID.")
      .arg("ids", "[String]", std::nullopt,
           "Koudai48 live IDs, e.g., `\"1043212306789134336\"`; answered in this order, null for "
           "an unknown ID.")
      .arg("from", "Int", std::nullopt, "Time range lower bound (inclusive), epoch seconds.")
      .arg("to", "Int", std::nullopt, "Time range upper bound (exclusive), epoch seconds.")
      .arg("group", "Group", std::nullopt, "Optionally limit group affiliation.")
      .arg("memberId", "Int", std::nullopt, "Optionally limit to one member (`Member.id`).")
      .arg("type", "MemberVODType", std::nullopt, "Optionally limit to live or radio streams.");
}

}  // namespace kvm48::api
