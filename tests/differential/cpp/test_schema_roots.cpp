// Query, Mutation and Subscription of the differential test schema (resolvers.mjs).
#include <algorithm>
#include <stdexcept>

#include "test_schema_internal.hpp"

namespace kvm48::graphql::differential {
namespace {

bool given(const ResolveInfo& info, const char* name) {
  return !info.arg(name).is_null();
}

// Reads a member of an input object; absent members read as null (JS undefined == null).
const Json& member(const Json& object, const char* key) {
  static const Json kNull;
  const auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

bool contains(const Json& text, const Json& part) {
  return text.get<std::string>().find(part.get<std::string>()) != std::string::npos;
}

Value perfVods(const Data& data, const ResolveInfo& info) {
  if (given(info, "ids")) {
    if (given(info, "from") || given(info, "to") || given(info, "group")) {
      throw std::runtime_error("'from', 'to' and 'group' are not allowed when 'ids' is specified.");
    }
    Json out = Json::array();
    for (const Json& id : info.arg("ids")) out.push_back(Data::byId(data.vods, id));
    return Value(std::move(out));
  }
  if (!given(info, "from") || !given(info, "to")) {
    throw std::runtime_error("Either 'ids', or 'from' and 'to' must be specified.");
  }
  Json hits = Json::array();
  for (const Json& v : data.vods) {
    if (v["startTime"] >= info.arg("from") && v["startTime"] < info.arg("to") &&
        (!given(info, "group") || v["group"] == info.arg("group"))) {
      hits.push_back(v);
    }
  }
  return Value(sortByStartTime(std::move(hits), Json("ASC")));
}

Value members(const Data& data, const ResolveInfo& info) {
  Json hits = Json::array();
  for (const Json& m : data.members) {
    if (!given(info, "group") || m["group"] == info.arg("group")) hits.push_back(m);
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Json& a, const Json& b) {
    return a["id"].get<std::string>() < b["id"].get<std::string>();
  });
  if (info.arg("order") == "DESC") std::reverse(hits.begin(), hits.end());
  return Value(std::move(hits));
}

Value searchVods(const Data& data, const ResolveInfo& info) {
  const Json& filter = info.arg("filter");
  Json hits = Json::array();
  for (const Json& v : data.vods) {
    const Json& group = member(filter, "group");
    const Json& from = member(filter, "from");
    const Json& title = member(filter, "titleContains");
    const Json& ids = member(filter, "ids");
    if ((group.is_null() || v["group"] == group) && (from.is_null() || v["startTime"] >= from) &&
        v["startTime"] < member(filter, "to") && (title.is_null() || contains(v["title"], title)) &&
        (ids.is_null() || std::find(ids.begin(), ids.end(), v["id"]) != ids.end())) {
      hits.push_back(v);
    }
  }
  return takeFirst(sortByStartTime(std::move(hits), member(filter, "order")), info.arg("limit"),
                   "limit");
}

Value search(const Data& data, const ResolveInfo& info) {
  const Json& text = info.arg("text");
  Json out = Json::array();
  for (const Json& v : data.vods) {
    if (contains(v["title"], text)) out.push_back(v);
  }
  for (const Json* list : {&data.members, &data.teams}) {
    for (const Json& x : *list) {
      if (contains(x["name"], text)) out.push_back(x);
    }
  }
  return Value(std::move(out));
}

Value echo(const ResolveInfo& info) {
  return Value(info.arg("v"));
}

}  // namespace

void addQuery(Schema& schema, const DataPtr& data) {
  ObjectType& q = schema.addObject("Query");
  q.field("revision", "String!", [data](const ResolveInfo&) { return Value(data->revision); });
  q.field("perfVod", "PerfVOD", [data](const ResolveInfo& info) {
     return Value(Data::byId(data->vods, info.arg("id")));
   }).arg("id", "String!");
  q.field("perfVods", "[PerfVOD]",
          [data](const ResolveInfo& info) { return perfVods(*data, info); })
      .arg("ids", "[String]")
      .arg("from", "Int")
      .arg("to", "Int")
      .arg("group", "Group");
  q.field("member", "Member", [data](const ResolveInfo& info) {
     return Value(Data::byId(data->members, info.arg("id")));
   }).arg("id", "ID!");
  q.field("members", "[Member!]!", [data](const ResolveInfo& info) { return members(*data, info); })
      .arg("group", "Group")
      .arg("order", "SortOrder", Json("ASC"));
  q.field("team", "Team", [data](const ResolveInfo& info) {
     return Value(Data::byId(data->teams, info.arg("id")));
   }).arg("id", "ID!");
  q.field("searchVods", "[PerfVOD!]!",
          [data](const ResolveInfo& info) { return searchVods(*data, info); })
      .arg("filter", "VodFilter!")
      .arg("limit", "Int", Json(5));
  for (auto [name, type, argType] : {std::tuple{"echoString", "String", "String"},
                                     {"echoInt", "Int", "Int"},
                                     {"echoFloat", "Float", "Float"},
                                     {"echoBoolean", "Boolean", "Boolean"},
                                     {"echoID", "ID", "ID"},
                                     {"echoEnum", "Group", "Group"},
                                     {"echoList", "[Int]", "[Int]"},
                                     {"echoNonNullList", "[Int!]!", "[Int!]!"},
                                     {"echoNested", "[[String]]", "[[String]]"},
                                     {"echoInput", "EchoOutput", "EchoInput"}}) {
    q.field(name, type, echo).arg("v", argType);
  }
  q.field("echoDefault", "String", echo).arg("v", "String", Json("default value"));
  q.field("echoRequired", "String!", echo).arg("v", "String!");
  FieldDefinition& legacy = q.field("legacy", "Int", [](const ResolveInfo& info) {
    return Value(given(info, "new") ? info.arg("new") : info.arg("old"));
  });
  legacy.arg("old", "Int").arg("new", "Int");
  legacy.args[0].deprecationReason = "Use new.";
  q.field("entity", "Entity", [data](const ResolveInfo& info) {
     Json m = Data::byId(data->members, info.arg("id"));
     return Value(m.is_null() ? Data::byId(data->teams, info.arg("id")) : std::move(m));
   }).arg("id", "ID!");
  q.field("search", "[SearchResult!]!", [data](const ResolveInfo& info) {
     return search(*data, info);
   }).arg("text", "String!");
  q.field("fail", "String",
          [](const ResolveInfo&) -> Value { throw std::runtime_error("fail resolver failed."); });
  q.field("failNonNull", "String!", [](const ResolveInfo&) -> Value {
    throw std::runtime_error("failNonNull resolver failed.");
  });
}

void addMutationAndSubscription(Schema& schema, const DataPtr& data) {
  schema.addObject("Mutation").field("echoMutation", "String", echo).arg("v", "String");
  ObjectType& subscription = schema.addObject("Subscription");
  subscription.field("vodAdded", "PerfVOD",
                     [data](const ResolveInfo&) { return Value(data->vods.at(0)); });
  subscription.field("tick", "Int", [](const ResolveInfo&) { return Value(1); });
  schema.setMutationType("Mutation");
  schema.setSubscriptionType("Subscription");
}

}  // namespace kvm48::graphql::differential
