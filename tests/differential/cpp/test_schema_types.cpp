// Type definitions of the differential test schema that need no data, field for field
// as in schema.graphql.
#include "test_schema_internal.hpp"

namespace kvm48::graphql::differential {

namespace {

InputValue argument(std::string name, std::string typeRef) {
  InputValue arg;
  arg.name = std::move(name);
  arg.typeRef = std::move(typeRef);
  return arg;
}

DirectiveDefinition directive(std::string name, std::vector<DirectiveLocation> locations,
                              std::vector<InputValue> args = {}) {
  DirectiveDefinition d;
  d.name = std::move(name);
  d.locations = std::move(locations);
  d.args = std::move(args);
  return d;
}

}  // namespace

void addDirectives(Schema& schema) {
  DirectiveDefinition tag = directive("tag",
                                      {DirectiveLocation::Field, DirectiveLocation::FragmentSpread,
                                       DirectiveLocation::InlineFragment},
                                      {argument("name", "String!")});
  tag.description = "A tag for tooling; ignored by execution.";
  tag.isRepeatable = true;
  schema.addDirective(std::move(tag));
  schema.addDirective(directive("onQuery", {DirectiveLocation::Query}));
  schema.addDirective(directive("onVariable", {DirectiveLocation::VariableDefinition},
                                {argument("note", "String")}));
}

void addGroupEntityAndSearchResult(Schema& schema) {
  EnumType& group = schema.addEnum("Group", "SNH48 Group and its sister groups.");
  for (const char* g : {"SNH48", "BEJ48", "GNZ48", "SHY48", "CKG48", "CGT48"}) group.value(g);
  InterfaceType& entity = schema.addInterface("Entity");
  entity.field("id", "ID!");
  entity.field("name", "String!");
  schema.addUnion("SearchResult").memberNames = {"PerfVOD", "Member", "Team"};
}

void addSortOrder(Schema& schema) {
  schema.addEnum("SortOrder").value("ASC").value("DESC");
}

void addInputTypesAndEchoOutput(Schema& schema) {
  schema.addInputObject("VodFilter")
      .field("group", "Group")
      .field("from", "Int")
      .field("to", "Int!")
      .field("titleContains", "String")
      .field("ids", "[String!]")
      .field("order", "SortOrder", Json("DESC"));
  schema.addInputObject("EchoInput")
      .field("s", "String")
      .field("i", "Int")
      .field("f", "Float")
      .field("b", "Boolean")
      .field("id", "ID")
      .field("e", "Group")
      .field("list", "[Int]")
      .field("nn", "Int!")
      .field("nested", "EchoInput")
      .field("withDefault", "String", Json("dflt"));
  ObjectType& out = schema.addObject("EchoOutput");
  for (auto [name, type] : {std::pair{"s", "String"},
                            {"i", "Int"},
                            {"f", "Float"},
                            {"b", "Boolean"},
                            {"id", "ID"},
                            {"e", "Group"},
                            {"list", "[Int]"},
                            {"nn", "Int!"},
                            {"nested", "EchoOutput"},
                            {"withDefault", "String"}}) {
    out.field(name, type);
  }
}

}  // namespace kvm48::graphql::differential
