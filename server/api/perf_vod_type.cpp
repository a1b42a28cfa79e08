// type PerfVOD: fields read from the kvm48::PerfVod the query resolvers return.
// Descriptions are the original server's (server/schema.py), adjusted only where the field
// changed (the l4c fields are nullable now: VODs known only to the app API have none).

#include <optional>
#include <string>
#include <utility>

#include "api/resolver_support.hpp"
#include "api/schema_parts.hpp"
#include "graphql/type/resolve_info.hpp"
#include "kvm48/records.hpp"

namespace kvm48::api {
namespace {

using graphql::ResolveInfo;
using graphql::Value;

const PerfVod& vod_of(const ResolveInfo& info) {
  const auto* vod = info.parent.object<PerfVod>();
  if (vod == nullptr) throw std::runtime_error("internal error: PerfVOD parent is not a VOD");
  return *vod;
}

/// fhd ?? hd ?? sd, as the original's `fhd_stream or hd_stream or sd_stream` (an empty
/// string counts as absent there too).
Value best_stream(const PerfVod& vod) {
  for (const auto* stream : {&vod.fhd_stream, &vod.hd_stream, &vod.sd_stream}) {
    if (*stream && !(*stream)->empty()) return Value::borrowedText(**stream);
  }
  return Value();
}

/// What only some sources know, merged into one record (revision 20261128.2): the app API's
/// teams and cover, and which source instances saw the VOD.
void add_merged_fields(graphql::ObjectType& type) {
  type.field(
      "teams", "[Team!]!",
      [](const ResolveInfo& i) {
        const PerfVod& vod = vod_of(i);
        ApiContext& context = api_context(i.context);
        Value::List teams;
        for (const TeamRef& team : vod.teams) {
          teams.push_back(team_value(context, team, vod.group, app_group_id(vod.group)));
        }
        return Value(std::move(teams));
      },
      "Teams performing, in the Koudai48 app's order (from its `teamList`); empty for specials "
      "such as `星梦mini live`, and when only live.48.cn knows the VOD.");
  type.field(
      "coverUrl", "String", [](const ResolveInfo& i) { return optional_text(vod_of(i).cover_url); },
      "URL of the cover image (Koudai48 app API only); null when unknown.");
  type.field(
      "sources", "[String!]!",
      [](const ResolveInfo& i) {
        Value::List names;
        for (const std::string& name : vod_of(i).sources) {
          names.push_back(Value::borrowedText(name));
        }
        return Value(std::move(names));
      },
      "Names of the configured source instances that have seen this VOD, sorted (e.g. "
      "`[\"koudai48\", \"live48\"]`); one record holds the union of what each knows. Rows "
      "migrated from the original server carry `\"legacy_db\"`.");
}

}  // namespace

void add_perf_vod_type(graphql::Schema& schema) {
  auto& type = schema.addObject("PerfVOD", "A VOD entry on <https://live.48.cn>.");
  type.field(
      "id", "String!", [](const ResolveInfo& i) { return Value::borrowedText(vod_of(i).id); },
      "Canonical VOD ID, e.g., `\"324479006245982208\"`.");
  type.field(
      "l4cClubId", "Int", [](const ResolveInfo& i) { return optional_int(vod_of(i).l4c_club_id); },
      "Club ID used on live.48.cn, e.g., `1` in <https://live.48.cn/Index/invedio/club/1/id/2772>. "
      "`1` for SNH48, `2` for BEJ48, `3` for GNZ48, `4` for SHY48, `5` for CKG48, `6` for CGT48. "
      "Null when only the Koudai48 app API knows the VOD.");
  type.field(
      "l4cId", "Int", [](const ResolveInfo& i) { return optional_int(vod_of(i).l4c_id); },
      "CMS-assigned VOD index used on live.48.cn, e.g., `2772` in "
      "<https://live.48.cn/Index/invedio/club/1/id/2772>. Null when only the Koudai48 app API "
      "knows the VOD.");
  type.field(
      "l4cUrl", "String",
      [](const ResolveInfo& i) {
        const PerfVod& vod = vod_of(i);
        if (!vod.l4c_club_id || !vod.l4c_id) return Value();
        std::string url;
        url.reserve(96);  // one allocation for the whole URL
        url += "https://live.48.cn/Index/invedio/club/";
        url += std::to_string(*vod.l4c_club_id);
        url += "/id/";
        url += std::to_string(*vod.l4c_id);
        return Value(std::move(url));
      },
      "live.48.cn page URL, e.g. <https://live.48.cn/Index/invedio/club/1/id/2772>. Null when "
      "only the Koudai48 app API knows the VOD.");
  type.field(
      "group", "Group!",
      [](const ResolveInfo& i) { return Value::borrowedText(to_string(vod_of(i).group)); },
      "Group corresponding to `club_id`.");
  type.field("title", "String!",
             [](const ResolveInfo& i) { return Value::borrowedText(vod_of(i).title); });
  type.field("subtitle", "String",
             [](const ResolveInfo& i) { return optional_text(vod_of(i).subtitle); });
  type.field(
      "startTime", "Int!", [](const ResolveInfo& i) { return Value(vod_of(i).start_time); },
      "Epoch timestamp of the performance/event's starting time.");
  type.field(
      "sdStream", "String", [](const ResolveInfo& i) { return optional_text(vod_of(i).sd_stream); },
      "URL of 普清 stream, usually 480p.");
  type.field(
      "hdStream", "String", [](const ResolveInfo& i) { return optional_text(vod_of(i).hd_stream); },
      "URL of 高清 stream, usually 720p.");
  type.field(
      "fhdStream", "String",
      [](const ResolveInfo& i) { return optional_text(vod_of(i).fhd_stream); },
      "URL of 超清 stream, supposedly 1080p. Obselete and basically an alias for `hd_stream` as "
      "of November, 2018.");
  type.field(
      "bestStream", "String!", [](const ResolveInfo& i) { return best_stream(vod_of(i)); },
      "URL of the highest quality stream.");
  add_merged_fields(type);
}

}  // namespace kvm48::api
