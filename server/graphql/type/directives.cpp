#include "directives.hpp"

namespace kvm48::graphql {
namespace {

InputValue arg(std::string name, std::string typeRef, std::string description,
               std::optional<Json> defaultValue = std::nullopt) {
  InputValue v;
  v.name = std::move(name);
  v.typeRef = std::move(typeRef);
  v.description = std::move(description);
  v.defaultValue = std::move(defaultValue);
  return v;
}

}  // namespace

std::vector<DirectiveDefinition> specifiedDirectives() {
  using L = DirectiveLocation;
  std::vector<DirectiveDefinition> out;
  out.push_back({"include",
                 "Directs the executor to include this field or fragment only when the `if` "
                 "argument is true.",
                 {L::Field, L::FragmentSpread, L::InlineFragment},
                 {arg("if", "Boolean!", "Included when true.")},
                 false,
                 std::nullopt});
  out.push_back({"skip",
                 "Directs the executor to skip this field or fragment when the `if` argument is "
                 "true.",
                 {L::Field, L::FragmentSpread, L::InlineFragment},
                 {arg("if", "Boolean!", "Skipped when true.")},
                 false,
                 std::nullopt});
  out.push_back(
      {"deprecated",
       "Marks an element of a GraphQL schema as no longer supported.",
       {L::FieldDefinition, L::ArgumentDefinition, L::InputFieldDefinition, L::EnumValue,
        L::DirectiveDefinition},
       {arg("reason", "String",
            "Explains why this element was deprecated, usually also including a suggestion for "
            "how to access supported similar data. Formatted using the Markdown syntax, as "
            "specified by [CommonMark](https://commonmark.org/).",
            Json("No longer supported"))},
       false,
       std::nullopt});
  out.push_back({"specifiedBy",
                 "Exposes a URL that specifies the behavior of this scalar.",
                 {L::Scalar},
                 {arg("url", "String!", "The URL that specifies the behavior of this scalar.")},
                 false,
                 std::nullopt});
  out.push_back({"oneOf",
                 "Indicates exactly one field must be supplied and this field must not be `null`.",
                 {L::InputObject},
                 {},
                 false,
                 std::nullopt});
  return out;
}

bool isSpecifiedDirectiveName(std::string_view name) {
  return name == "include" || name == "skip" || name == "deprecated" || name == "specifiedBy" ||
         name == "oneOf";
}

}  // namespace kvm48::graphql
