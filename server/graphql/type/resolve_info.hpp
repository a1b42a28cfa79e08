// What a resolver gets to see. Everything is borrowed from the executor for the
// duration of the resolver call only; copy what must outlive it.
#pragma once

#include <string_view>
#include <vector>

#include "../error.hpp"
#include "definition.hpp"

namespace kvm48::graphql {

struct ResolveInfo {
  const Value& parent;  // the parent object's value (null Value for roots)
  const Json& args;     // coerced arguments: a JSON object, absent args left out
  void* context;        // the caller's per-request context, may be null
  const FieldDefinition& field;
  const ObjectType& parentType;
  const Schema& schema;
  const ast::Field& fieldNode;         // the first field node of the merged field set
  const Json& variables;               // coerced variable values (a JSON object)
  const std::vector<PathEntry>& path;  // path of this field in the response

  std::string_view fieldName() const { return field.name; }
  // The argument's coerced value, or null when not given and without default.
  const Json& arg(std::string_view name) const;
  bool hasArg(std::string_view name) const;
};

}  // namespace kvm48::graphql
