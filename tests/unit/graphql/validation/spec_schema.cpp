#include "spec_schema.hpp"

#include <catch2/catch.hpp>

#include "graphql/language/parser.hpp"

namespace kvm48::graphql::test {
namespace {

void addPetTypes(Schema& s) {
  s.addEnum("DogCommand").value("SIT").value("DOWN").value("HEEL");
  s.addEnum("CatCommand").value("JUMP");
  s.addInterface("Sentient").field("name", "String!");
  s.addInterface("Pet").field("name", "String!");
  ObjectType& dog = s.addObject("Dog");
  dog.interfaceNames = {"Pet"};
  dog.field("name", "String!");
  dog.field("nickname", "String");
  dog.field("barkVolume", "Int");
  dog.field("doesKnowCommand", "Boolean!").arg("dogCommand", "DogCommand!");
  dog.field("isHouseTrained", "Boolean!").arg("atOtherHomes", "Boolean");
  dog.field("owner", "Human");
  ObjectType& cat = s.addObject("Cat");
  cat.interfaceNames = {"Pet"};
  cat.field("name", "String!");
  cat.field("nickname", "String");
  cat.field("doesKnowCommand", "Boolean!").arg("catCommand", "CatCommand!");
  cat.field("meowVolume", "Int");
  ObjectType& alien = s.addObject("Alien");
  alien.interfaceNames = {"Sentient"};
  alien.field("name", "String!");
  alien.field("homePlanet", "String");
  ObjectType& human = s.addObject("Human");
  human.interfaceNames = {"Sentient"};
  human.field("name", "String!");
  human.field("pets", "[Pet!]");
  s.addUnion("CatOrDog").memberNames = {"Cat", "Dog"};
  s.addUnion("DogOrHuman").memberNames = {"Dog", "Human"};
  s.addUnion("HumanOrAlien").memberNames = {"Human", "Alien"};
}

void addArgumentsType(Schema& s) {
  ObjectType& a = s.addObject("Arguments");
  a.field("multipleRequirements", "Int!").arg("x", "Int!").arg("y", "Int!");
  a.field("booleanArgField", "Boolean").arg("booleanArg", "Boolean");
  a.field("floatArgField", "Float").arg("floatArg", "Float");
  a.field("intArgField", "Int").arg("intArg", "Int");
  a.field("nonNullBooleanArgField", "Boolean!").arg("nonNullBooleanArg", "Boolean!");
  a.field("booleanListArgField", "[Boolean]").arg("booleanListArg", "[Boolean]!");
  a.field("nonNullBooleanListField", "[Boolean]").arg("nonNullBooleanListArg", "[Boolean]!");
  a.field("optionalNonNullBooleanArgField", "Boolean!")
      .arg("optionalBooleanArg", "Boolean!", Json(false));
}

std::unique_ptr<Schema> build() {
  auto s = std::make_unique<Schema>();
  addPetTypes(*s);
  addArgumentsType(*s);
  InputObjectType& findDog = s->addInputObject("FindDogInput");
  findDog.field("name", "String").field("owner", "String");
  findDog.isOneOf = true;
  s->addInputObject("ComplexInput").field("name", "String").field("owner", "String");
  ObjectType& query = s->addObject("Query");
  query.field("dog", "Dog");
  query.field("findDog", "Dog").arg("searchBy", "FindDogInput");
  query.field("arguments", "Arguments");
  query.field("human", "Human");
  query.field("pet", "Pet");
  query.field("catOrDog", "CatOrDog");
  ObjectType& message = s->addObject("Message");
  message.field("body", "String");
  message.field("sender", "String");
  ObjectType& subscription = s->addObject("Subscription");
  subscription.field("newMessage", "Message");
  subscription.field("disallowedSecondRootField", "Boolean");
  s->addObject("Mutation").field("mutateDog", "Dog");
  s->setMutationType("Mutation");
  s->setSubscriptionType("Subscription");
  return s;
}

}  // namespace

const Schema& specSchema() {
  static const std::unique_ptr<Schema> schema = [] {
    auto s = build();
    s->finalize();
    return s;
  }();
  return *schema;
}

std::vector<GraphQLError> validateSpec(const std::vector<RuleFactory>& rules,
                                       const std::string& document,
                                       const ValidationOptions& options) {
  std::unique_ptr<ast::Document> doc;
  try {
    doc = parse(document);
  } catch (const SyntaxError& e) {
    FAIL("syntax error in test document: " << e.error.message);
  }
  return rules.empty() ? validate(specSchema(), *doc, options)
                       : validate(specSchema(), *doc, rules, options);
}

void expectValid(const std::vector<RuleFactory>& rules, const std::string& document) {
  const auto errors = validateSpec(rules, document);
  INFO(document << "\n" << errorsToJson(errors).dump(1));
  CHECK(errors.empty());
}

void expectErrors(const std::vector<RuleFactory>& rules, const std::string& document,
                  const std::vector<ExpectedError>& expected) {
  const auto errors = validateSpec(rules, document);
  INFO(document << "\n" << errorsToJson(errors).dump(1));
  REQUIRE(errors.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(errors[i].message == expected[i].message);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> locations;
    for (const auto& l : errors[i].locations) locations.emplace_back(l.line, l.column);
    CHECK(locations == expected[i].locations);
  }
}

}  // namespace kvm48::graphql::test
