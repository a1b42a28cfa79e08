// Execution: operation selection, variable and argument coercion, @skip/@include,
// fragments, abstract types, errors with locations and paths, null propagation. The
// expected responses are graphql-js 16.15's for the same schema (kFixtureSdl), the same
// data and equivalent resolvers (compared with node when written).
#include <memory>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

#include "fixture_schema.hpp"
#include "graphql/execution/execute.hpp"
#include "graphql/language/parser.hpp"
#include "graphql/type/resolve_info.hpp"

using namespace kvm48::graphql;

namespace {

struct Case {
  const char* query;
  const char* variables;
  const char* operationName;
  const char* expected;
};

}  // namespace

TEST_CASE("responses equal graphql-js's for the same requests") {
  const auto schema = test::fixtureSchema();
  const Case cases[] = {
      {R"({ revision perfVods(ids: ["100", "x"]) { id title group } })", R"({})", nullptr,
       R"({"data": {"revision": "20261127.1", "perfVods": [{"id": "100", "title": "Team SII", "group": "SNH48"}, null]}})"},
      {R"({ perfVods(from: 1500000000, to: 1500000200) { id startTime } })", R"({})", nullptr,
       R"({"data": {"perfVods": [{"id": "100", "startTime": 1500000000}, {"id": "101", "startTime": 1500000100}]}})"},
      {R"({ perfVods(from: 1500000000, to: 1500000400, group: SNH48) { ... on PerfVOD { id } __typename } })",
       R"({})", nullptr,
       R"({"data": {"perfVods": [{"id": "100", "__typename": "PerfVOD"}, {"id": "103", "__typename": "PerfVOD"}]}})"},
      {R"({ perfVods { id } })", R"({})", nullptr,
       R"({"errors": [{"message": "Either 'ids', or 'from' and 'to' must be specified.", "locations": [{"line": 1, "column": 3}], "path": ["perfVods"]}], "data": {"perfVods": null}})"},
      {R"({ perfVods(ids: ["100"], from: 1) { id } })", R"({})", nullptr,
       R"({"errors": [{"message": "'from', 'to' and 'group' are not allowed when 'ids' is specified.", "locations": [{"line": 1, "column": 3}], "path": ["perfVods"]}], "data": {"perfVods": null}})"},
      {R"({ a: fail b: revision c: fail })", R"({})", nullptr,
       R"({"errors": [{"message": "resolver exploded", "locations": [{"line": 1, "column": 3}], "path": ["a"]}, {"message": "resolver exploded", "locations": [{"line": 1, "column": 23}], "path": ["c"]}], "data": {"a": null, "b": "20261127.1", "c": null}})"},
      {R"({ failNonNull revision })", R"({})", nullptr,
       R"({"errors": [{"message": "no value", "locations": [{"line": 1, "column": 3}], "path": ["failNonNull"]}], "data": null})"},
      {R"({ brokenVods { id bestStream } })", R"({})", nullptr,
       R"({"errors": [{"message": "Cannot return null for non-nullable field PerfVOD.bestStream.", "locations": [{"line": 1, "column": 19}], "path": ["brokenVods", 1, "bestStream"]}], "data": {"brokenVods": null}})"},
      {R"(query Q($id: String!) { perfVod(id: $id) { id title } })", R"({"id": "101"})", nullptr,
       R"({"data": {"perfVod": {"id": "101", "title": "Team B"}}})"},
      {R"(query Q($id: String!) { perfVod(id: $id) { id title } })", R"({})", nullptr,
       R"({"errors": [{"message": "Variable \"$id\" of required type \"String!\" was not provided.", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($id: String!) { perfVod(id: $id) { id title } })", R"({"id": null})", nullptr,
       R"({"errors": [{"message": "Variable \"$id\" of non-null type \"String!\" must not be null.", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($id: String!) { perfVod(id: $id) { id title } })", R"({"id": 5})", nullptr,
       R"({"errors": [{"message": "Variable \"$id\" got invalid value 5; String cannot represent a non string value: 5", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($i: Int, $f: Float, $b: Boolean, $id: ID, $l: [Int!]) { echo(i: $i, f: $f, b: $b, id: $id, list: $l) })",
       R"({"i": 1, "f": 2, "b": true, "id": 7, "l": 3})", nullptr,
       R"({"data": {"echo": "{\"i\":1,\"f\":2,\"b\":true,\"id\":\"7\",\"list\":[3],\"e\":\"GNZ48\"}"}})"},
      {R"(query Q($i: Int) { echo(i: $i) })", R"({"i": 2147483648})", nullptr,
       R"({"errors": [{"message": "Variable \"$i\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($i: Int) { echo(i: $i) })", R"({"i": 1.5})", nullptr,
       R"({"errors": [{"message": "Variable \"$i\" got invalid value 1.5; Int cannot represent non-integer value: 1.5", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($i: Int) { echo(i: $i) })", R"({"i": "1"})", nullptr,
       R"({"errors": [{"message": "Variable \"$i\" got invalid value \"1\"; Int cannot represent non-integer value: \"1\"", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($l: [Int!]) { echo(list: $l) })", R"({"l": [1, null, "x"]})", nullptr,
       R"({"errors": [{"message": "Variable \"$l\" got invalid value null at \"l[1]\"; Expected non-nullable type \"Int!\" not to be null.", "locations": [{"line": 1, "column": 9}]}, {"message": "Variable \"$l\" got invalid value \"x\" at \"l[2]\"; Int cannot represent non-integer value: \"x\"", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($e: Group) { echo(e: $e) })", R"({"e": "SNH4"})", nullptr,
       R"({"errors": [{"message": "Variable \"$e\" got invalid value \"SNH4\"; Value \"SNH4\" does not exist in \"Group\" enum. Did you mean the enum value \"SNH48\"?", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($e: Group) { echo(e: $e) })", R"({"e": 1})", nullptr,
       R"({"errors": [{"message": "Variable \"$e\" got invalid value 1; Enum \"Group\" cannot represent non-string value: 1.", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($r: Range!) { inRange(range: $r) { id } })",
       R"({"r": {"from": 0, "to": 2000000000}})", nullptr,
       R"({"data": {"inRange": [{"id": "100"}, {"id": "103"}]}})"},
      {R"(query Q($r: Range!) { inRange(range: $r) { id } })",
       R"({"r": {"from": 0, "tto": 1, "group": "BEJ48"}})", nullptr,
       R"({"errors": [{"message": "Variable \"$r\" got invalid value { from: 0, tto: 1, group: \"BEJ48\" }; Field \"to\" of required type \"Int!\" was not provided.", "locations": [{"line": 1, "column": 9}]}, {"message": "Variable \"$r\" got invalid value { from: 0, tto: 1, group: \"BEJ48\" }; Field \"tto\" is not defined by type \"Range\". Did you mean \"to\"?", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($r: Range!) { inRange(range: $r) { id } })", R"({"r": [1]})", nullptr,
       R"({"errors": [{"message": "Variable \"$r\" got invalid value [1]; Expected type \"Range\" to be an object.", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"({ inRange(range: {from: 0, to: 2000000000, group: GNZ48}) { id group } })", R"({})",
       nullptr, R"({"data": {"inRange": [{"id": "102", "group": "GNZ48"}]}})"},
      {R"({ echo(s: "x", e: SNH48, list: 5, f: 1) })", R"({})", nullptr,
       R"({"data": {"echo": "{\"s\":\"x\",\"f\":1,\"list\":[5],\"e\":\"SNH48\"}"}})"},
      {R"({ echo })", R"({})", nullptr, R"({"data": {"echo": "{\"e\":\"GNZ48\"}"}})"},
      {R"({ node(id: "m1") { id ... on Member { name nickname } ... on PerfVOD { title } } })",
       R"({})", nullptr,
       R"({"data": {"node": {"id": "m1", "name": "Ju Jingyi", "nickname": "Kiku"}}})"},
      {R"({ search(text: "Team") { __typename ... on PerfVOD { id } ... on Member { name } } })",
       R"({})", nullptr,
       R"({"data": {"search": [{"__typename": "PerfVOD", "id": "100"}, {"__typename": "PerfVOD", "id": "101"}, {"__typename": "PerfVOD", "id": "102"}, {"__typename": "PerfVOD", "id": "103"}]}})"},
      {R"({ search(text: "Ju") { ... on Member { id name group } } })", R"({})", nullptr,
       R"({"data": {"search": [{"id": "m1", "name": "Ju Jingyi", "group": "SNH48"}]}})"},
      {R"(query A { revision } query B { echo })", R"({})", "B",
       R"({"data": {"echo": "{\"e\":\"GNZ48\"}"}})"},
      {R"(query A { revision } query B { echo })", R"({})", nullptr,
       R"({"errors": [{"message": "Must provide operation name if query contains multiple operations."}]})"},
      {R"(query A { revision })", R"({})", "C",
       R"({"errors": [{"message": "Unknown operation named \"C\"."}]})"},
      {R"(mutation { touch(id: "1") })", R"({})", nullptr, R"({"data": {"touch": 1}})"},
      {R"({ a: revision @skip(if: true) b: revision @include(if: false) c: revision @include(if: true) })",
       R"({})", nullptr, R"({"data": {"c": "20261127.1"}})"},
      {R"(query Q($s: Boolean!) { a: revision @skip(if: $s) ...F @include(if: $s) } fragment F on Query { echo })",
       R"({"s": true})", nullptr, R"({"data": {"echo": "{\"e\":\"GNZ48\"}"}})"},
      {R"(query Q($s: Boolean!) { a: revision @skip(if: $s) ...F @include(if: $s) } fragment F on Query { echo })",
       R"({"s": false})", nullptr, R"({"data": {"a": "20261127.1"}})"},
      {R"({ __typename perfVod(id: "100") { __typename } })", R"({})", nullptr,
       R"({"data": {"__typename": "Query", "perfVod": {"__typename": "PerfVOD"}}})"},
      {R"({ __type(name: "Range") { name kind inputFields { name defaultValue type { name kind ofType { name } } } } })",
       R"({})", nullptr,
       R"({"data": {"__type": {"name": "Range", "kind": "INPUT_OBJECT", "inputFields": [{"name": "from", "defaultValue": null, "type": {"name": null, "kind": "NON_NULL", "ofType": {"name": "Int"}}}, {"name": "to", "defaultValue": null, "type": {"name": null, "kind": "NON_NULL", "ofType": {"name": "Int"}}}, {"name": "group", "defaultValue": "SNH48", "type": {"name": "Group", "kind": "ENUM", "ofType": null}}]}}})"},
      {R"(query Q($v: Int = 5) { echo(i: $v) })", R"({})", nullptr,
       R"({"data": {"echo": "{\"i\":5,\"e\":\"GNZ48\"}"}})"},
      {R"(query Q($v: [String] = ["100", "102"]) { perfVods(ids: $v) { id } })", R"({})", nullptr,
       R"({"data": {"perfVods": [{"id": "100"}, {"id": "102"}]}})"},
      {R"(query Q($f: Float) { echo(f: $f) })", R"({"f": 1e+300})", nullptr,
       R"({"data": {"echo": "{\"f\":1e+300,\"e\":\"GNZ48\"}"}})"},
      {R"(query Q($f: Float) { echo(f: $f) })", R"({"f": 0.1})", nullptr,
       R"({"data": {"echo": "{\"f\":0.1,\"e\":\"GNZ48\"}"}})"},
      {R"(query Q($s: String) { echo(s: $s) })", R"({"s": {"a": [1, 2, {"b": "c"}]}})", nullptr,
       R"({"errors": [{"message": "Variable \"$s\" got invalid value { a: [1, 2, [Object]] }; String cannot represent a non string value: { a: [1, 2, [Object]] }", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"(query Q($r: Range) { inRange(range: $r) { id } })", R"({"r": null})", nullptr,
       R"({"errors": [{"message": "Variable \"$r\" of type \"Range\" used in position expecting type \"Range!\".", "locations": [{"line": 1, "column": 9}, {"line": 1, "column": 37}]}]})"},
      {R"(query Q($id: ID) { echo(id: $id) })", R"({"id": 1.5})", nullptr,
       R"({"errors": [{"message": "Variable \"$id\" got invalid value 1.5; ID cannot represent value: 1.5", "locations": [{"line": 1, "column": 9}]}]})"},
      {R"({ echo(i: 2147483647, f: -0.5e-3, id: 123) })", R"({})", nullptr,
       R"({"data": {"echo": "{\"i\":2147483647,\"f\":-0.0005,\"id\":\"123\",\"e\":\"GNZ48\"}"}})"},
  };
  for (const auto& c : cases) {
    INFO(c.query << "  variables: " << c.variables);
    std::optional<std::string> operationName;
    if (c.operationName != nullptr) operationName = c.operationName;
    CHECK(test::run(*schema, c.query, Json::parse(c.variables), operationName).dump() ==
          Json::parse(c.expected).dump());
  }
}

TEST_CASE("a resolver error nulls its field and keeps sibling data") {
  const auto schema = test::fixtureSchema();
  const Json result = test::run(*schema, "{ revision fail }");
  CHECK(result["data"] == Json::parse(R"({"revision":"20261127.1","fail":null})"));
  REQUIRE(result["errors"].size() == 1);
  CHECK(result["errors"][0]["message"] == "resolver exploded");
  CHECK(result["errors"][0]["path"] == Json::parse(R"(["fail"])"));
}

TEST_CASE("a null in a non-null list item propagates to the nearest nullable parent") {
  const auto schema = test::fixtureSchema();
  const Json result = test::run(*schema, "{ brokenVods { id bestStream } revision }");
  CHECK(result["data"]["brokenVods"].is_null());
  CHECK(result["data"]["revision"] == "20261127.1");
  CHECK(result["errors"][0]["message"] ==
        "Cannot return null for non-nullable field PerfVOD.bestStream.");
  CHECK(result["errors"][0]["path"] == Json::parse(R"(["brokenVods",1,"bestStream"])"));
}

TEST_CASE("resolvers can return opaque C++ objects and read them back") {
  struct Vod {
    std::string id;
    int start;
  };
  Schema schema;
  auto& vod = schema.addObject("Vod");
  vod.field("id", "String!",
            [](const ResolveInfo& i) { return Value(i.parent.object<Vod>()->id); });
  vod.field("start", "Int!",
            [](const ResolveInfo& i) { return Value(i.parent.object<Vod>()->start); });
  schema.addObject("Query")
      .field("vods", "[Vod!]!",
             [](const ResolveInfo& i) {
               Value::List out;
               for (int n = 0; n < i.arg("count").get<int>(); ++n) {
                 out.push_back(Value::object(Vod{"v" + std::to_string(n), n * 10}));
               }
               return Value(std::move(out));
             })
      .arg("count", "Int", Json(2));
  schema.finalize();
  const auto doc = parse("{ vods { id start } }");
  const auto result = execute(ExecuteRequest{schema, *doc, Json::object(), std::nullopt});
  CHECK(result.toJson() ==
        Json::parse(R"({"data":{"vods":[{"id":"v0","start":0},{"id":"v1","start":10}]}})"));
}

TEST_CASE("the context pointer reaches every resolver") {
  Schema schema;
  schema.addObject("Query").field("who", "String", [](const ResolveInfo& i) {
    return Value(*static_cast<const std::string*>(i.context));
  });
  schema.finalize();
  std::string user = "kiku";
  const auto doc = parse("{ who }");
  CHECK(execute(ExecuteRequest{schema, *doc, Json::object(), std::nullopt, &user}).toJson() ==
        Json::parse(R"({"data":{"who":"kiku"}})"));
}

TEST_CASE("a schema without a mutation type rejects mutations at execution") {
  Schema schema;
  schema.addObject("Query").field("a", "Int");
  schema.finalize();
  const auto doc = parse("mutation { a }");
  const auto result = execute(ExecuteRequest{schema, *doc, Json::object(), std::nullopt});
  CHECK(
      result.toJson() ==
      Json::parse(
          R"({"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null})"));
}

TEST_CASE("execution stops recording field errors past maxErrors") {
  const auto schema = test::fixtureSchema();
  const auto doc = parse("{ a: fail b: fail c: fail d: fail }");
  ExecuteRequest request{*schema, *doc, Json::object(), std::nullopt};
  request.maxErrors = 2;
  const auto result = execute(request);
  CHECK(result.errors.size() == 2);
  CHECK(result.data->size() == 4);
}

TEST_CASE("errors after a propagated null keep their own path") {
  // Regression: the response path was not unwound when a non-null error propagated.
  const auto schema = test::fixtureSchema();
  const Json result = test::run(*schema, "{ a: fail b: brokenVods { bestStream } c: fail }");
  REQUIRE(result["errors"].size() == 3);
  CHECK(result["errors"][0]["path"] == Json::parse(R"(["a"])"));
  CHECK(result["errors"][1]["path"] == Json::parse(R"(["b",1,"bestStream"])"));
  CHECK(result["errors"][2]["path"] == Json::parse(R"(["c"])"));
}

namespace {

// Objects whose text fields are borrowed by the resolvers (Value::borrowedText).
struct Show {
  std::string id;
  std::optional<std::string> title;  // nullopt violates Show.title: String!
};

std::unique_ptr<Schema> showSchema() {
  auto schema = std::make_unique<Schema>();
  auto& show = schema->addObject("Show");
  show.field("id", "String!",
             [](const ResolveInfo& i) { return Value::borrowedText(i.parent.object<Show>()->id); });
  show.field("title", "String!", [](const ResolveInfo& i) {
    const auto& title = i.parent.object<Show>()->title;
    return title ? Value::borrowedText(*title) : Value();
  });
  auto shows = [](const ResolveInfo&) {
    Value::List out;
    out.push_back(Value::object(Show{"s0", "a \"quoted\" title\n"}));
    out.push_back(Value::object(Show{"s1", std::nullopt}));
    out.push_back(Value::object(Show{"s2", std::string("bad \xff byte")}));
    return Value(std::move(out));
  };
  auto& query = schema->addObject("Query");
  query.field("shows", "[Show]", shows);
  query.field("strictShows", "[Show!]", shows);
  query.field("count", "Int!", [](const ResolveInfo& i) { return Value(i.arg("n")); })
      .arg("n", "Int");
  schema->finalize();
  return schema;
}

TextResult answerText(const Schema& schema, const std::string& query,
                      const Json& variables = Json::object()) {
  const auto doc = parse(query);
  const ExecuteRequest request{schema, *doc, variables, std::nullopt};
  const TextResult text = executeToText(request);
  // The tree that execute() gives says the same.
  CHECK(text.json == execute(request).toJsonText());
  return text;
}

}  // namespace

TEST_CASE("executeToText cuts a failed item's partial text and writes null in its place") {
  const auto schema = showSchema();
  const TextResult result = answerText(*schema, "{ shows { id title } }");
  CHECK(result.json ==
        R"({"errors":[{"message":"Cannot return null for non-nullable field Show.title.",)"
        R"("locations":[{"line":1,"column":14}],"path":["shows",1,"title"]}],)"
        R"("data":{"shows":[{"id":"s0","title":"a \"quoted\" title\n"},null,)"
        R"({"id":"s2","title":"bad )"
        "\xEF\xBF\xBD"  // U+FFFD for the invalid byte
        R"( byte"}]}})");
  CHECK(result.hasData);
  CHECK(result.errorCount == 1);
}

TEST_CASE("executeToText propagates a non-null item's failure to the list") {
  const auto schema = showSchema();
  const TextResult result = answerText(*schema, "{ count(n: 2) strictShows { id title } }");
  CHECK(result.json ==
        R"({"errors":[{"message":"Cannot return null for non-nullable field Show.title.",)"
        R"("locations":[{"line":1,"column":32}],"path":["strictShows",1,"title"]}],)"
        R"("data":{"count":2,"strictShows":null}})");
}

TEST_CASE("executeToText: a null at the root's non-null field makes data null") {
  const auto schema = showSchema();
  const TextResult result = answerText(*schema, "{ shows { id } count }");
  CHECK(result.json ==
        R"({"errors":[{"message":"Cannot return null for non-nullable field Query.count.",)"
        R"("locations":[{"line":1,"column":16}],"path":["count"]}],"data":null})");
  CHECK(result.hasData);
}

TEST_CASE("executeToText: a request that fails before execution has no data") {
  const auto schema = showSchema();
  const TextResult result = answerText(*schema, "query Q($n: Int!) { count(n: $n) }");
  CHECK(result.json ==
        R"({"errors":[{"message":"Variable \"$n\" of required type \"Int!\" was not provided.",)"
        R"("locations":[{"line":1,"column":9}]}]})");
  CHECK_FALSE(result.hasData);
  CHECK(result.errorCount == 1);
}

TEST_CASE("executeToText: an answer without errors is data alone") {
  const auto schema = showSchema();
  const TextResult result = answerText(*schema, "{ count(n: 7) s: shows { id } }");
  CHECK(result.json == R"({"data":{"count":7,"s":[{"id":"s0"},{"id":"s1"},{"id":"s2"}]}})");
  CHECK(result.errorCount == 0);
}

TEST_CASE("executeToText: borrowed enum values are checked against the enum") {
  Schema schema;
  schema.addEnum("Kind").value("LIVE").value("RADIO");
  static const std::string kinds[] = {"RADIO", "BOGUS"};
  schema.addObject("Query").field("kinds", "[Kind]", [](const ResolveInfo&) {
    Value::List out;
    for (const std::string& kind : kinds) out.push_back(Value::borrowedText(kind));
    return Value(std::move(out));
  });
  schema.finalize();
  const TextResult result = answerText(schema, "{ kinds }");
  CHECK(result.json == R"({"errors":[{"message":"Enum \"Kind\" cannot represent value: \"BOGUS\"",)"
                       R"("locations":[{"line":1,"column":3}],"path":["kinds",1]}],)"
                       R"("data":{"kinds":["RADIO",null]}})");
}
