// Type system: scalar coercion (graphql-js 16.15 messages), schema building and its
// build-time validation, type comparators, SDL-ish value printing.
#include <catch2/catch.hpp>

#include "fixture_schema.hpp"
#include "graphql/execution/values.hpp"
#include "graphql/language/parser.hpp"
#include "graphql/type/inspect.hpp"
#include "graphql/type/scalars.hpp"

using namespace kvm48::graphql;

namespace {

std::string coercionMessage(const std::function<Json(const Json&)>& f, const Json& input) {
  try {
    f(input);
  } catch (const CoercionError& e) {
    return e.what();
  }
  return "(no error)";
}

std::string literalMessage(const ScalarType& scalar, const char* literal) {
  try {
    scalar.parseLiteral(*parseConstValue(literal));
  } catch (const CoercionError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("Int is 32-bit: input coercion accepts integral numbers only") {
  const auto Int = makeIntScalar();
  CHECK(Int->parseValue(Json(42)) == 42);
  CHECK(Int->parseValue(Json(3.0)) == 3);
  CHECK(coercionMessage(Int->parseValue, Json(1.5)) ==
        "Int cannot represent non-integer value: 1.5");
  CHECK(coercionMessage(Int->parseValue, Json("1")) ==
        "Int cannot represent non-integer value: \"1\"");
  CHECK(coercionMessage(Int->parseValue, Json(2147483648LL)) ==
        "Int cannot represent non 32-bit signed integer value: 2147483648");
  CHECK(Int->parseValue(Json(-2147483648LL)) == -2147483648LL);
  CHECK(Int->parseLiteral(*parseConstValue("-7")) == -7);
  CHECK(literalMessage(*Int, "1.0") == "Int cannot represent non-integer value: 1.0");
  CHECK(literalMessage(*Int, "99999999999") ==
        "Int cannot represent non 32-bit signed integer value: 99999999999");
  CHECK(literalMessage(*Int, "\"x\"") == "Int cannot represent non-integer value: \"x\"");
}

TEST_CASE("Int result coercion follows graphql-js: booleans and numeric strings convert") {
  const auto Int = makeIntScalar();
  CHECK(Int->serialize(Json(true)) == 1);
  CHECK(Int->serialize(Json("12")) == 12);
  CHECK(Int->serialize(Json(5.0)) == 5);
  CHECK(coercionMessage(Int->serialize, Json(0.5)) ==
        "Int cannot represent non-integer value: 0.5");
  CHECK(coercionMessage(Int->serialize, Json("abc")) ==
        "Int cannot represent non-integer value: \"abc\"");
  CHECK(coercionMessage(Int->serialize, Json(1e10)) ==
        "Int cannot represent non 32-bit signed integer value: 10000000000");
}

TEST_CASE("Float, String, Boolean and ID coerce per the specification") {
  const auto Float = makeFloatScalar();
  const auto String = makeStringScalar();
  const auto Boolean = makeBooleanScalar();
  const auto ID = makeIdScalar();
  CHECK(Float->parseValue(Json(1)) == 1);
  CHECK(Float->parseValue(Json(0.25)) == 0.25);
  CHECK(coercionMessage(Float->parseValue, Json("1")) ==
        "Float cannot represent non numeric value: \"1\"");
  CHECK(Float->parseLiteral(*parseConstValue("2")) == 2);
  CHECK(literalMessage(*Float, "true") == "Float cannot represent non numeric value: true");
  CHECK(String->serialize(Json(1.5)) == "1.5");
  CHECK(String->serialize(Json(false)) == "false");
  CHECK(coercionMessage(String->parseValue, Json(1)) ==
        "String cannot represent a non string value: 1");
  CHECK(literalMessage(*String, "ENUM") == "String cannot represent a non string value: ENUM");
  CHECK(Boolean->serialize(Json(0)) == false);
  CHECK(coercionMessage(Boolean->parseValue, Json(1)) ==
        "Boolean cannot represent a non boolean value: 1");
  CHECK(ID->parseValue(Json(7)) == "7");
  CHECK(ID->parseLiteral(*parseConstValue("12")) == "12");
  CHECK(coercionMessage(ID->parseValue, Json(1.5)) == "ID cannot represent value: 1.5");
  CHECK(literalMessage(*ID, "1.5") ==
        "ID cannot represent a non-string and non-integer value: 1.5");
}

TEST_CASE("inspect and number formatting read like JavaScript") {
  CHECK(jsNumberToString(1.0) == "1");
  CHECK(jsNumberToString(0.1) == "0.1");
  CHECK(jsNumberToString(1e21) == "1e+21");
  CHECK(jsNumberToString(1.5e-7) == "1.5e-7");
  CHECK(jsNumberToString(0.000001) == "0.000001");
  CHECK(inspect(Json::parse(R"({"a":[1,2,{"b":"c"}]})")) == "{ a: [1, 2, [Object]] }");
  CHECK(inspect(Json::parse("[1,2,3,4,5,6,7,8,9,10,11,12]")) ==
        "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]");
  CHECK(inspect(Json::object()) == "{}");
}

TEST_CASE("the fixture schema builds, with graphql-js's type order") {
  const auto schema = test::fixtureSchema();
  std::vector<std::string> names;
  for (const auto* t : schema->types()) names.push_back(t->name);
  const std::vector<std::string> expected = {"Group",        "Node",        "String",
                                             "PerfVOD",      "Int",         "Member",
                                             "SearchResult", "Range",       "Query",
                                             "Float",        "Boolean",     "ID",
                                             "Mutation",     "__Schema",    "__Type",
                                             "__TypeKind",   "__Field",     "__InputValue",
                                             "__EnumValue",  "__Directive", "__DirectiveLocation"};
  CHECK(names == expected);
  CHECK(schema->getType("PerfVOD")->kind == TypeKind::Object);
  CHECK(schema->possibleTypes(schema->getType("Node")).size() == 2);
  CHECK(schema->getDirective("skip") != nullptr);
  CHECK(schema->getDirective("oneOf") != nullptr);
}

TEST_CASE("schema validation reports every problem at finalize()") {
  Schema schema;
  auto& query = schema.addObject("Query");
  query.field("a", "Missing");
  query.field("b", "In");
  query.field("__c", "Int");
  schema.addInputObject("In").field("x", "Query");
  schema.addObject("Empty");
  schema.addEnum("E");
  try {
    schema.finalize();
    FAIL("finalize() accepted an invalid schema");
  } catch (const SchemaError& e) {
    const std::vector<std::string> expected = {
        "Query.a: unknown type \"Missing\"",
        "The type of Query.b must be Output Type but got: In.",
        "Name \"__c\" must not begin with \"__\", which is reserved by GraphQL introspection.",
        "The type of In(x:) must be Input Type but got: Query.",
        "Type Empty must define one or more fields.",
        "Enum type E must define one or more values."};
    for (const auto& p : expected) {
      INFO(p);
      CHECK(std::find(e.problems.begin(), e.problems.end(), p) != e.problems.end());
    }
  }
}

TEST_CASE("interface implementations are checked at build time") {
  Schema schema;
  schema.addInterface("I").field("id", "ID!");
  auto& obj = schema.addObject("Query");
  obj.interfaceNames = {"I"};
  obj.field("id", "String");
  CHECK_THROWS_WITH(
      schema.finalize(),
      Catch::Contains("Interface field I.id expects type ID! but Query.id is type String."));
}

TEST_CASE("type comparators: subtyping and overlap") {
  const auto schema = test::fixtureSchema();
  auto& s = const_cast<Schema&>(*schema);
  const Type* nonNullInt = s.resolveTypeRef("Int!");
  const Type* Int = s.resolveTypeRef("Int");
  CHECK(isTypeSubTypeOf(s, nonNullInt, Int));
  CHECK_FALSE(isTypeSubTypeOf(s, Int, nonNullInt));
  CHECK(isTypeSubTypeOf(s, s.resolveTypeRef("[PerfVOD!]"), s.resolveTypeRef("[Node]")));
  CHECK_FALSE(isTypeSubTypeOf(s, s.resolveTypeRef("[Node]"), s.resolveTypeRef("[PerfVOD]")));
  CHECK(isEqualType(s.resolveTypeRef("[Int!]"), s.resolveTypeRef("[Int!]")));
  const auto* vod = s.getType("PerfVOD");
  const auto* member = s.getType("Member");
  CHECK(doTypesOverlap(s, vod, s.getType("Node")));
  CHECK(doTypesOverlap(s, s.getType("SearchResult"), s.getType("Node")));
  CHECK_FALSE(doTypesOverlap(s, vod, member));
  CHECK(typeToString(s.resolveTypeRef("[[Group!]]!")) == "[[Group!]]!");
  CHECK(isInputType(s.getType("Range")));
  CHECK_FALSE(isOutputType(s.getType("Range")));
  CHECK(isLeafType(s.getType("Group")));
  CHECK(getNamedType(s.resolveTypeRef("[Int!]!")) == s.getType("Int"));
}

TEST_CASE("internal values print as literals like graphql-js's astFromValue") {
  const auto schema = test::fixtureSchema();
  auto& s = const_cast<Schema&>(*schema);
  CHECK(printValueLiteral(Json("x\"y"), s.resolveTypeRef("String")) == "\"x\\\"y\"");
  CHECK(printValueLiteral(Json("SNH48"), s.resolveTypeRef("Group")) == "SNH48");
  CHECK(printValueLiteral(Json("12"), s.resolveTypeRef("ID")) == "12");
  CHECK(printValueLiteral(Json::parse("[1,2]"), s.resolveTypeRef("[Int]")) == "[1, 2]");
  CHECK(printValueLiteral(Json::parse(R"({"from":1,"to":2,"group":"BEJ48"})"),
                          s.resolveTypeRef("Range")) == "{from: 1, to: 2, group: BEJ48}");
  CHECK_FALSE(printValueLiteral(Json(nullptr), s.resolveTypeRef("Int!")).has_value());
}

TEST_CASE("printSchema prints SDL exactly like graphql-js's printSchema") {
  // graphql-js 16.15: printSchema(buildSchema(kFixtureSdl)).
  const char* expected = R"("""SNH48 Group and its sister groups."""
enum Group {
  SNH48
  BEJ48
  GNZ48
  SHY48
  CKG48
  CGT48
}

interface Node {
  id: String!
}

"""A recorded stage performance."""
type PerfVOD implements Node {
  id: String!
  l4cClubId: Int
  l4cId: Int
  l4cUrl: String
  group: Group!
  title: String!
  subtitle: String
  startTime: Int!
  sdStream: String
  hdStream: String
  fhdStream: String
  bestStream: String!
}

type Member implements Node {
  id: String!
  name: String!
  group: Group!
  nickname: String @deprecated(reason: "Use name.")
}

union SearchResult = PerfVOD | Member

input Range {
  from: Int!
  to: Int!
  group: Group = SNH48
}

type Query {
  revision: String!
  perfVod(id: String!): PerfVOD
  perfVods(ids: [String], from: Int, to: Int, group: Group): [PerfVOD]
  node(id: String!): Node
  search(text: String!): [SearchResult!]!
  inRange(range: Range!): [PerfVOD!]!
  echo(s: String, i: Int, f: Float, b: Boolean, id: ID, list: [Int!], e: Group = GNZ48): String
  fail: String
  failNonNull: String!
  brokenVods: [PerfVOD!]
}

type Mutation {
  touch(id: String!): Int
})";
  CHECK(printSchema(*test::fixtureSchema()) == expected);
}
