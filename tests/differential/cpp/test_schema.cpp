#include "test_schema.hpp"

#include <algorithm>
#include <stdexcept>

#include "test_schema_internal.hpp"

namespace kvm48::graphql::differential {

Json Data::byId(const Json& list, const Json& id) {
  for (const Json& item : list) {
    if (item["id"] == id) return item;
  }
  return nullptr;
}

Json sortByStartTime(Json vods, const Json& order) {
  std::stable_sort(vods.begin(), vods.end(), [](const Json& a, const Json& b) {
    return a["startTime"].get<std::int64_t>() < b["startTime"].get<std::int64_t>();
  });
  if (order == "DESC") std::reverse(vods.begin(), vods.end());
  return vods;
}

Value takeFirst(Json list, const Json& n, const std::string& what) {
  if (n.is_null()) return Value(std::move(list));
  const auto count = n.get<std::int64_t>();
  if (count < 0) throw std::runtime_error(what + " must be non-negative.");
  if (static_cast<std::size_t>(count) < list.size()) {
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(count), list.end());
  }
  return Value(std::move(list));
}

namespace {

Json withTypename(const Json& list, const char* typeName) {
  Json out = Json::array();
  for (const Json& item : list) {
    Json copy = Json::object();
    copy["__typename"] = typeName;
    for (const auto& [key, value] : item.items()) copy[key] = value;
    out.push_back(std::move(copy));
  }
  return out;
}

}  // namespace

std::unique_ptr<Schema> buildTestSchema(const Json& data) {
  auto shared = std::make_shared<Data>(
      Data{data.at("revision"), withTypename(data.at("vods"), "PerfVOD"),
           withTypename(data.at("members"), "Member"), withTypename(data.at("teams"), "Team")});
  auto schema = std::make_unique<Schema>();
  // In schema.graphql's order, which printSchema keeps.
  addDirectives(*schema);
  addGroupEntityAndSearchResult(*schema);
  addSortOrder(*schema);
  addPerfVod(*schema, shared);
  addMember(*schema, shared);
  addTeam(*schema, shared);
  addInputTypesAndEchoOutput(*schema);
  addQuery(*schema, shared);
  addMutationAndSubscription(*schema, shared);
  schema->finalize();
  return schema;
}

}  // namespace kvm48::graphql::differential
