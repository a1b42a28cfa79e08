// GraphQLError: one entry of a response's "errors" list (spec section 7.1.2).
// A plain value type; safe to copy and to move between threads.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "language/ast.hpp"

namespace kvm48::graphql {

using Json = nlohmann::ordered_json;

// A response path segment: a field's response key or a list index.
using PathSegment = std::variant<std::string, std::int64_t>;

// The same while executing, without a copy of the key: it points into the document, which
// outlives the execution. Turned into PathSegments only when an error needs the path.
struct PathEntry {
  std::string_view key;  // empty for a list index (response keys are never empty)
  std::int64_t index = 0;
};
std::vector<PathSegment> toPathSegments(const std::vector<PathEntry>& path);

struct GraphQLError {
  std::string message;
  std::vector<SourceLocation> locations;  // empty when no source position applies
  std::vector<PathSegment> path;          // empty outside execution
  Json extensions;                        // null when absent

  // {"message":..., "locations":[{"line":..,"column":..}], "path":[...], "extensions":{...}}
  // with absent parts left out, in graphql-js's key order.
  Json toJson() const;
};

// An error located at the start of each given node (null nodes are skipped).
GraphQLError makeError(std::string message, const ast::Document& document,
                       std::initializer_list<const ast::Node*> nodes);
// Same, from already known locations.
GraphQLError makeError(std::string message, std::vector<SourceLocation> locations = {});

// The response "errors" array.
Json errorsToJson(const std::vector<GraphQLError>& errors);

}  // namespace kvm48::graphql
