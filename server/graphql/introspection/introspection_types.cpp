// The introspection types (__Schema, __Type, ...), transcribed from graphql-js 16.15's
// printIntrospectionSchema() output so that names, descriptions, argument defaults and
// order match exactly. Resolvers are attached in introspection.cpp.
#include "introspection_types.hpp"

namespace kvm48::graphql::detail {

// clang-format off
void defineIntrospectionTypes(Schema& schema) {
  auto& tSchema = schema.addObject("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
  tSchema.field("description", "String", {}, "");
  tSchema.field("types", "[__Type!]!", {}, "A list of all types supported by this server.");
  tSchema.field("queryType", "__Type!", {}, "The type that query operations will be rooted at.");
  tSchema.field("mutationType", "__Type", {}, "If this server supports mutation, the type that mutation operations will be rooted at.");
  tSchema.field("subscriptionType", "__Type", {}, "If this server support subscription, the type that subscription operations will be rooted at.");
  tSchema.field("directives", "[__Directive!]!", {}, "A list of all directives supported by this server.").arg("includeDeprecated", "Boolean!", Json(false));
  auto& tType = schema.addObject("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
  tType.field("kind", "__TypeKind!", {}, "");
  tType.field("name", "String", {}, "");
  tType.field("description", "String", {}, "");
  tType.field("specifiedByURL", "String", {}, "");
  tType.field("fields", "[__Field!]", {}, "").arg("includeDeprecated", "Boolean", Json(false));
  tType.field("interfaces", "[__Type!]", {}, "");
  tType.field("possibleTypes", "[__Type!]", {}, "");
  tType.field("enumValues", "[__EnumValue!]", {}, "").arg("includeDeprecated", "Boolean", Json(false));
  tType.field("inputFields", "[__InputValue!]", {}, "").arg("includeDeprecated", "Boolean", Json(false));
  tType.field("ofType", "__Type", {}, "");
  tType.field("isOneOf", "Boolean", {}, "");
  auto& tTypeKind = schema.addEnum("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
  tTypeKind.value("SCALAR", "Indicates this type is a scalar.");
  tTypeKind.value("OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
  tTypeKind.value("INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
  tTypeKind.value("UNION", "Indicates this type is a union. `possibleTypes` is a valid field.");
  tTypeKind.value("ENUM", "Indicates this type is an enum. `enumValues` is a valid field.");
  tTypeKind.value("INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field.");
  tTypeKind.value("LIST", "Indicates this type is a list. `ofType` is a valid field.");
  tTypeKind.value("NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field.");
  auto& tField = schema.addObject("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
  tField.field("name", "String!", {}, "");
  tField.field("description", "String", {}, "");
  tField.field("args", "[__InputValue!]!", {}, "").arg("includeDeprecated", "Boolean", Json(false));
  tField.field("type", "__Type!", {}, "");
  tField.field("isDeprecated", "Boolean!", {}, "");
  tField.field("deprecationReason", "String", {}, "");
  auto& tInputValue = schema.addObject("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
  tInputValue.field("name", "String!", {}, "");
  tInputValue.field("description", "String", {}, "");
  tInputValue.field("type", "__Type!", {}, "");
  tInputValue.field("defaultValue", "String", {}, "A GraphQL-formatted string representing the default value for this input value.");
  tInputValue.field("isDeprecated", "Boolean!", {}, "");
  tInputValue.field("deprecationReason", "String", {}, "");
  auto& tEnumValue = schema.addObject("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
  tEnumValue.field("name", "String!", {}, "");
  tEnumValue.field("description", "String", {}, "");
  tEnumValue.field("isDeprecated", "Boolean!", {}, "");
  tEnumValue.field("deprecationReason", "String", {}, "");
  auto& tDirective = schema.addObject("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");
  tDirective.field("name", "String!", {}, "");
  tDirective.field("description", "String", {}, "");
  tDirective.field("isRepeatable", "Boolean!", {}, "");
  tDirective.field("locations", "[__DirectiveLocation!]!", {}, "");
  tDirective.field("args", "[__InputValue!]!", {}, "").arg("includeDeprecated", "Boolean", Json(false));
  tDirective.field("isDeprecated", "Boolean!", {}, "");
  tDirective.field("deprecationReason", "String", {}, "");
  auto& tDirectiveLocation = schema.addEnum("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
  tDirectiveLocation.value("QUERY", "Location adjacent to a query operation.");
  tDirectiveLocation.value("MUTATION", "Location adjacent to a mutation operation.");
  tDirectiveLocation.value("SUBSCRIPTION", "Location adjacent to a subscription operation.");
  tDirectiveLocation.value("FIELD", "Location adjacent to a field.");
  tDirectiveLocation.value("FRAGMENT_DEFINITION", "Location adjacent to a fragment definition.");
  tDirectiveLocation.value("FRAGMENT_SPREAD", "Location adjacent to a fragment spread.");
  tDirectiveLocation.value("INLINE_FRAGMENT", "Location adjacent to an inline fragment.");
  tDirectiveLocation.value("VARIABLE_DEFINITION", "Location adjacent to a variable definition.");
  tDirectiveLocation.value("SCHEMA", "Location adjacent to a schema definition.");
  tDirectiveLocation.value("SCALAR", "Location adjacent to a scalar definition.");
  tDirectiveLocation.value("OBJECT", "Location adjacent to an object type definition.");
  tDirectiveLocation.value("FIELD_DEFINITION", "Location adjacent to a field definition.");
  tDirectiveLocation.value("ARGUMENT_DEFINITION", "Location adjacent to an argument definition.");
  tDirectiveLocation.value("INTERFACE", "Location adjacent to an interface definition.");
  tDirectiveLocation.value("UNION", "Location adjacent to a union definition.");
  tDirectiveLocation.value("ENUM", "Location adjacent to an enum definition.");
  tDirectiveLocation.value("ENUM_VALUE", "Location adjacent to an enum value definition.");
  tDirectiveLocation.value("INPUT_OBJECT", "Location adjacent to an input object type definition.");
  tDirectiveLocation.value("INPUT_FIELD_DEFINITION", "Location adjacent to an input object field definition.");
  tDirectiveLocation.value("DIRECTIVE_DEFINITION", "Location adjacent to a directive definition.");
}
// clang-format on

}  // namespace kvm48::graphql::detail
