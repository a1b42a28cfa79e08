// Execution (spec section 6) of an already validated document, after graphql-js 16
// execution/execute.ts: operation selection, variable coercion, field collection with
// @skip/@include, argument coercion, resolvers, completion with null propagation, and
// errors with locations and paths.
//
// Synchronous: resolvers run on the calling thread, in document order. Thread-safe as
// long as the resolvers are: the schema and document are only read.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "../error.hpp"
#include "../language/ast.hpp"
#include "../type/schema.hpp"

namespace kvm48::graphql {

struct ExecutionResult {
  std::optional<Json> data;  // absent (not null) when the request failed before execution
  std::vector<GraphQLError> errors;

  // {"errors":[...], "data":...} with graphql-js's key order: errors first when present.
  Json toJson() const;
  // The same as compact JSON text.
  std::string toJsonText() const;
};

// An answer as compact JSON text: {"errors":[...],"data":...}, graphql-js's key order.
struct TextResult {
  std::string json;
  bool hasData = false;        // false: the request failed before execution
  std::size_t errorCount = 0;  // entries of "errors"
};

struct ExecuteRequest {
  const Schema& schema;
  const ast::Document& document;
  const Json& variables;                     // a JSON object (or null = none)
  std::optional<std::string> operationName;  // nullopt = the document's only operation
  void* context = nullptr;                   // handed to resolvers as ResolveInfo::context
  std::size_t maxErrors = 100;               // further field errors are dropped
  // When it holds `document` (the Engine's prepared documents), the thread may keep the
  // document's collected field sets for its next request (field_sets.hpp).
  std::shared_ptr<const ast::Document> documentOwner = nullptr;
};

// The executor writes `data` as JSON text as it goes; execute() parses it back into a tree
// for callers that inspect the answer (tests, tools), executeToText() hands it on as it is
// (the server: no tree of the answer is ever built).
ExecutionResult execute(const ExecuteRequest& request);
TextResult executeToText(const ExecuteRequest& request);

}  // namespace kvm48::graphql
