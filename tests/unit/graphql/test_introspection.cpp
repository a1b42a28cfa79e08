// Introspection: the result of graphql-js's full getIntrospectionQuery() over the
// fixture schema was compared with graphql-js 16.15's (node, same SDL) and was equal;
// these tests pin the parts GraphiQL and buildClientSchema rely on.
#include <catch2/catch.hpp>

#include "fixture_schema.hpp"
#include "graphql/introspection/introspection.hpp"

using namespace kvm48::graphql;

namespace {

const Json& findByName(const Json& list, const std::string& name) {
  for (const auto& item : list) {
    if (item["name"] == name) return item;
  }
  FAIL("no entry named " << name);
  static const Json none;
  return none;
}

}  // namespace

TEST_CASE("the full introspection query runs without errors") {
  const auto schema = test::fixtureSchema();
  const Json result = test::run(*schema, introspectionQuery());
  REQUIRE_FALSE(result.contains("errors"));
  const Json& s = result["data"]["__schema"];
  CHECK(s["queryType"] == Json{{"name", "Query"}, {"kind", "OBJECT"}});
  CHECK(s["mutationType"] == Json{{"name", "Mutation"}, {"kind", "OBJECT"}});
  CHECK(s["subscriptionType"].is_null());
  CHECK(s["types"].size() == schema->types().size());
  std::vector<std::string> directives;
  for (const auto& d : s["directives"]) directives.push_back(d["name"]);
  CHECK(directives ==
        std::vector<std::string>{"include", "skip", "deprecated", "specifiedBy", "oneOf"});
}

TEST_CASE("introspection describes fields, arguments, defaults and deprecation") {
  const auto schema = test::fixtureSchema();
  const Json types = test::run(*schema, introspectionQuery())["data"]["__schema"]["types"];
  const Json& query = findByName(types, "Query");
  const Json& perfVods = findByName(query["fields"], "perfVods");
  CHECK(
      perfVods["type"] ==
      Json::parse(
          R"({"kind":"LIST","name":null,"ofType":{"name":"PerfVOD","kind":"OBJECT","ofType":null}})"));
  CHECK(findByName(perfVods["args"], "ids")["type"]["kind"] == "LIST");
  CHECK(findByName(findByName(query["fields"], "echo")["args"], "e")["defaultValue"] == "GNZ48");
  const Json& range = findByName(types, "Range");
  CHECK(range["kind"] == "INPUT_OBJECT");
  CHECK(findByName(range["inputFields"], "group")["defaultValue"] == "SNH48");
  CHECK(range["isOneOf"] == false);
  const Json& member = findByName(types, "Member");
  const Json& nickname = findByName(member["fields"], "nickname");
  CHECK(nickname["isDeprecated"] == true);
  CHECK(nickname["deprecationReason"] == "Use name.");
  CHECK(member["interfaces"][0]["name"] == "Node");
  CHECK(findByName(types, "SearchResult")["possibleTypes"].size() == 2);
  CHECK(findByName(types, "Group")["enumValues"].size() == 6);
  CHECK(findByName(types, "PerfVOD")["description"] == "A recorded stage performance.");
  CHECK(findByName(types, "String")["specifiedByURL"].is_null());
}

TEST_CASE("deprecated fields are hidden unless includeDeprecated is true") {
  const auto schema = test::fixtureSchema();
  const Json hidden = test::run(*schema, "{ __type(name: \"Member\") { fields { name } } }");
  const Json shown = test::run(
      *schema, "{ __type(name: \"Member\") { fields(includeDeprecated: true) { name } } }");
  CHECK(hidden["data"]["__type"]["fields"].size() == 3);
  CHECK(shown["data"]["__type"]["fields"].size() == 4);
}

TEST_CASE("__type answers null for unknown types and __typename names the runtime type") {
  const auto schema = test::fixtureSchema();
  CHECK(test::run(*schema, "{ __type(name: \"Nope\") { name } }") ==
        Json::parse(R"({"data":{"__type":null}})"));
  CHECK(test::run(*schema, "{ __typename node(id: \"m1\") { __typename } }") ==
        Json::parse(R"({"data":{"__typename":"Query","node":{"__typename":"Member"}}})"));
  CHECK(test::run(
            *schema,
            "{ __type(name: \"__Type\") { kind fields { name } } }")["data"]["__type"]["kind"] ==
        "OBJECT");
}
