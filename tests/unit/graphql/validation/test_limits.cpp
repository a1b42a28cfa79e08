// validate() as a whole: all rules together, the error limit, and documents built to
// make a naive OverlappingFieldsCanBeMerged or fragment walk blow up.
#include <catch2/catch.hpp>

#include "graphql/language/parser.hpp"
#include "graphql/validation/rules/rules.hpp"
#include "spec_schema.hpp"

namespace kvm48::graphql::test {
namespace {

std::string repeat(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("validate: a valid document gives no error with every rule", "[validation]") {
  expectValid({}, R"gql(
query Q($cmd: DogCommand!, $home: Boolean = true) {
  dog { ...D isHouseTrained(atOtherHomes: $home) }
  catOrDog { __typename ... on Cat { meowVolume } ... on Pet { name } }
}
fragment D on Dog { name owner { name pets { name } } doesKnowCommand(dogCommand: $cmd) })gql");
}

TEST_CASE("validate: errors of all rules come out in graphql-js's order", "[validation]") {
  // Rules see each node in specifiedRules order; document-wide checks report at the end.
  expectErrors({}, "{ dog { nope } dog(x: 1) { name } }\nfragment F on Cat { name }",
               {{"Fields \"dog\" conflict because they have differing arguments. Use different "
                 "aliases on the fields to fetch both if this was intentional.",
                 {{1, 3}, {1, 16}}},
                {"Cannot query field \"nope\" on type \"Dog\". Did you mean \"name\"?", {{1, 9}}},
                {"Unknown argument \"x\" on field \"Query.dog\".", {{1, 20}}},
                {"Fragment \"F\" is never used.", {{2, 1}}}});
}

TEST_CASE("validate: stops after maxErrors with graphql-js's message", "[validation]") {
  const std::string document = "{ dog {" + repeat(" unknown", 150) + " } }";
  const auto errors = validateSpec({}, document);
  REQUIRE(errors.size() == 101);
  CHECK(errors[0].message.starts_with("Cannot query field \"unknown\" on type \"Dog\"."));
  CHECK(errors[100].message ==
        "Too many validation errors, error limit reached. Validation aborted.");
  CHECK(errors[100].locations.empty());

  ValidationOptions small;
  small.maxErrors = 3;
  CHECK(validateSpec({}, document, small).size() == 4);
}

TEST_CASE("validate: the error limit counts every rule's errors", "[validation]") {
  ValidationOptions one;
  one.maxErrors = 1;
  const auto errors = validateSpec({}, "{ a b }", one);
  REQUIRE(errors.size() == 2);
  CHECK(errors[1].message ==
        "Too many validation errors, error limit reached. Validation aborted.");
}

TEST_CASE("OverlappingFieldsCanBeMerged: many repeated fragments are compared once per pair",
          "[validation]") {
  // 60 fragments, each spreading all previous ones: a naive comparison is exponential.
  std::string document = "{ dog { ...F0 } }\nfragment F0 on Dog { name }\n";
  for (int i = 1; i < 60; ++i) {
    document += "fragment F" + std::to_string(i) + " on Dog { name";
    for (int j = 0; j < i; ++j) document += " ...F" + std::to_string(j);
    document += " }\n";
  }
  document += "{ dog { ...F59 ...F58 } }";
  const auto errors = validateSpec({rules::overlappingFieldsCanBeMerged}, document);
  CHECK(errors.empty());
}

TEST_CASE("OverlappingFieldsCanBeMerged: a wide conflict is reported, not exploded",
          "[validation]") {
  // 200 aliases x, alternating between two fields: every pair conflicts; graphql-js
  // reports each pair (bounded by its complexity budget) rather than hanging.
  std::string document = "{ dog {";
  for (int i = 0; i < 200; ++i) document += i % 2 ? " x: name" : " x: nickname";
  document += " } }";
  ValidationOptions unlimited;
  unlimited.maxErrors = 100000;
  const auto errors = validateSpec({rules::overlappingFieldsCanBeMerged}, document, unlimited);
  CHECK(errors.size() == 100 * 100);
  CHECK(errors[0].message ==
        "Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use "
        "different aliases on the fields to fetch both if this was intentional.");
}

TEST_CASE("OverlappingFieldsCanBeMerged: past the complexity budget validation aborts",
          "[validation]") {
  std::string document = "{ dog {" + repeat(" name", 1500) + " } }";
  const auto errors = validateSpec({rules::overlappingFieldsCanBeMerged}, document);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "Validation aborted.");
}

TEST_CASE("NoFragmentCycles: a deep chain of fragments is walked without recursion limits",
          "[validation]") {
  std::string document = "{ dog { ...F0 } }\n";
  for (int i = 0; i < 500; ++i) {
    document +=
        "fragment F" + std::to_string(i) + " on Dog { ...F" + std::to_string(i + 1) + " }\n";
  }
  document += "fragment F500 on Dog { ...F0 }\n";
  const auto errors = validateSpec({rules::noFragmentCycles}, document);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.starts_with("Cannot spread fragment \"F0\" within itself via \"F1\""));
  CHECK(errors[0].locations.size() == 501);
}

}  // namespace kvm48::graphql::test
