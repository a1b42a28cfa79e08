// PerfVOD, Member and Team with the resolvers of resolvers.mjs.
#include <stdexcept>

#include "test_schema_internal.hpp"

namespace kvm48::graphql::differential {
namespace {

const Json& parentJson(const ResolveInfo& info) {
  return info.parent.json();
}

Json vodsOfMember(const Data& data, const Json& memberId) {
  Json out = Json::array();
  for (const Json& vod : data.vods) {
    for (const Json& id : vod["memberIds"]) {
      if (id == memberId) {
        out.push_back(vod);
        break;
      }
    }
  }
  return out;
}

Value secretOf(const ResolveInfo& info) {
  const Json& member = parentJson(info);
  if (member["secret"].is_null()) {
    throw std::runtime_error("Member " + member["id"].get<std::string>() + " has no secret.");
  }
  return Value(member["secret"]);
}

}  // namespace

void addPerfVod(Schema& schema, const DataPtr& data) {
  ObjectType& vod = schema.addObject("PerfVOD", "A recorded stage performance.");
  for (auto [name, type] : {std::pair{"id", "String!"}, {"l4cClubId", "Int"}, {"l4cId", "Int"}}) {
    vod.field(name, type);
  }
  vod.field("l4cUrl", "String", [](const ResolveInfo& info) -> Value {
    const Json& v = parentJson(info);
    if (v["l4cClubId"].is_null() || v["l4cId"].is_null()) return {};
    return "https://live.48.cn/Index/invedio/club/" + v["l4cClubId"].dump() + "/id/" +
           v["l4cId"].dump();
  });
  for (auto [name, type] : {std::pair{"group", "Group!"},
                            {"title", "String!"},
                            {"subtitle", "String"},
                            {"startTime", "Int!"},
                            {"sdStream", "String"},
                            {"hdStream", "String"},
                            {"fhdStream", "String"}}) {
    vod.field(name, type);
  }
  vod.field("bestStream", "String!", [](const ResolveInfo& info) -> Value {
    const Json& v = parentJson(info);
    for (const char* key : {"fhdStream", "hdStream", "sdStream"}) {
      if (!v[key].is_null()) return Value(v[key]);
    }
    return {};
  });
  vod.field("members", "[Member!]!", [data](const ResolveInfo& info) -> Value {
    Json out = Json::array();
    for (const Json& id : parentJson(info)["memberIds"])
      out.push_back(Data::byId(data->members, id));
    return Value(std::move(out));
  });
}

void addMember(Schema& schema, const DataPtr& data) {
  ObjectType& member = schema.addObject("Member");
  member.interfaceNames = {"Entity"};
  member.field("id", "ID!");
  member.field("name", "String!");
  member.field("group", "Group!");
  member.field("team", "Team", [data](const ResolveInfo& info) -> Value {
    const Json& teamId = parentJson(info)["teamId"];
    return teamId.is_null() ? Value() : Value(Data::byId(data->teams, teamId));
  });
  member.field("nickname", "String").deprecated("Use name.");
  member.field("height", "Float");
  member.field("active", "Boolean!");
  member
      .field("vods", "[PerfVOD!]!",
             [data](const ResolveInfo& info) -> Value {
               Json vods =
                   sortByStartTime(vodsOfMember(*data, parentJson(info)["id"]), info.arg("order"));
               return takeFirst(std::move(vods), info.arg("first"), "first");
             })
      .arg("first", "Int", Json(2))
      .arg("order", "SortOrder", Json("ASC"));
  member.field("friends", "[Member]", [data](const ResolveInfo& info) -> Value {
    const Json& ids = parentJson(info)["friendIds"];
    if (ids.is_null()) return {};
    Json out = Json::array();
    for (const Json& id : ids) out.push_back(Data::byId(data->members, id));
    return Value(std::move(out));
  });
  member.field("secret", "String!", secretOf);
  member.field("maybeSecret", "String", secretOf);
}

void addTeam(Schema& schema, const DataPtr& data) {
  ObjectType& team = schema.addObject("Team");
  team.interfaceNames = {"Entity"};
  team.field("id", "ID!");
  team.field("name", "String!");
  team.field("group", "Group!");
  team.field("members", "[Member!]!",
             [data](const ResolveInfo& info) -> Value {
               Json out = Json::array();
               for (const Json& m : data->members) {
                 if (m["teamId"] == parentJson(info)["id"]) out.push_back(m);
               }
               return takeFirst(std::move(out), info.arg("limit"), "limit");
             })
      .arg("limit", "Int");
  team.field("leader", "Member", [data](const ResolveInfo& info) -> Value {
    const Json& leaderId = parentJson(info)["leaderId"];
    return leaderId.is_null() ? Value() : Value(Data::byId(data->members, leaderId));
  });
}

}  // namespace kvm48::graphql::differential
