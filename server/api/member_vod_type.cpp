// enum MemberVODType and type MemberVOD: fields read from the kvm48::MemberVod the query
// resolvers return.

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

const MemberVod& vod_of(const ResolveInfo& info) {
  const auto* vod = info.parent.object<MemberVod>();
  if (vod == nullptr) throw std::runtime_error("internal error: MemberVOD parent is not a VOD");
  return *vod;
}

void add_member_vod_type_enum(graphql::Schema& schema) {
  schema.addEnum("MemberVODType", "What a member streamed.")
      .value(std::string(to_string(MemberVodType::live)), "A video live stream (直播).")
      .value(std::string(to_string(MemberVodType::radio)), "An audio-only radio stream (电台).");
}

void add_identity_fields(graphql::ObjectType& type) {
  type.field(
      "id", "String!", [](const ResolveInfo& i) { return Value::borrowedText(vod_of(i).id); },
      "Koudai48 live ID, e.g., `\"1043212306789134336\"` (an opaque string, never a number).");
  type.field(
      "memberId", "Int!", [](const ResolveInfo& i) { return Value(vod_of(i).member_id); },
      "Koudai48 user ID of the member who streamed, e.g., `35`.");
  type.field(
      "memberName", "String!",
      [](const ResolveInfo& i) { return Value::borrowedText(vod_of(i).member_name); },
      "The member's name, e.g., `\"莫寒\"`.");
  type.field(
      "group", "Group", [](const ResolveInfo& i) { return optional_group(vod_of(i).group); },
      "The member's group when the VOD was recorded; null for an app group without a "
      "performance archive (e.g., IDFT).");
  type.field(
      "team", "Team",
      [](const ResolveInfo& i) {
        const MemberVod& vod = vod_of(i);
        return team_value(api_context(i.context), vod.team, vod.group, vod.app_group_id);
      },
      "The member's team when the VOD was recorded; null when unknown or at group level.");
  type.field(
      "type", "MemberVODType!",
      [](const ResolveInfo& i) { return Value(std::string(to_string(vod_of(i).type))); },
      "Live (video) or radio (audio only).");
}

void add_content_fields(graphql::ObjectType& type) {
  type.field(
      "title", "String!", [](const ResolveInfo& i) { return Value::borrowedText(vod_of(i).title); },
      "Title the member gave the stream.");
  type.field(
      "startTime", "Int!",
      [](const ResolveInfo& i) { return Value(vod_of(i).start_time_ms / 1000); },
      "Epoch timestamp (seconds, rounded down) of the stream's start, as `PerfVOD.startTime`.");
  type.field(
      "startTimeMs", "String!",
      [](const ResolveInfo& i) { return Value(std::to_string(vod_of(i).start_time_ms)); },
      "Exact epoch timestamp of the stream's start in milliseconds, as decimal text (e.g., "
      "`\"1556640000123\"`): GraphQL `Int` is 32-bit.");
  type.field(
      "vodUrl", "String", [](const ResolveInfo& i) { return optional_text(vod_of(i).vod_url); },
      "URL of the recording (an HLS playlist or a media file); null when not known yet.");
  type.field(
      "danmakuUrl", "String",
      [](const ResolveInfo& i) { return optional_text(vod_of(i).danmaku_url); },
      "URL of the danmaku (comment) file, in LRC format; null when there is none.");
  type.field(
      "coverUrl", "String", [](const ResolveInfo& i) { return optional_text(vod_of(i).cover_url); },
      "URL of the cover image; null when there is none.");
}

}  // namespace

void add_member_vod_types(graphql::Schema& schema) {
  add_member_vod_type_enum(schema);
  auto& type = schema.addObject(
      "MemberVOD", "A recorded live or radio stream of one member on the Koudai48 app.");
  add_identity_fields(type);
  add_content_fields(type);
}

}  // namespace kvm48::api
