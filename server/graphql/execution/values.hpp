// Input coercion (spec 5.8 / 6.1.2 / 6.4.1): variables from JSON, arguments from
// literals, after graphql-js execution/values.ts, utilities/coerceInputValue.ts and
// utilities/valueFromAST.ts, with the same error messages. Pure functions.
#pragma once

#include <functional>
#include <optional>
#include <stdexcept>
#include <vector>

#include "../error.hpp"
#include "../language/ast.hpp"
#include "../type/schema.hpp"

namespace kvm48::graphql {

// A request error raised while coercing (turned into a located GraphQLError).
struct ExecutionError : std::exception {
  explicit ExecutionError(GraphQLError e) : error(std::move(e)) {}
  const char* what() const noexcept override { return error.message.c_str(); }
  GraphQLError error;
};

// Coerces the operation's variables. On failure returns nullopt and fills `errors`
// (at most `maxErrors`, then graphql-js's "Too many errors processing variables").
std::optional<Json> coerceVariableValues(const Schema& schema, const ast::Document& document,
                                         const ast::OperationDefinition& operation,
                                         const Json& inputs, std::vector<GraphQLError>& errors,
                                         std::size_t maxErrors = 50);

// Coerced argument values of a field or directive as a JSON object. Throws ExecutionError.
Json getArgumentValues(const std::vector<InputValue>& defs,
                       const std::vector<ast::Argument>& argumentNodes, const ast::Node& node,
                       const ast::Document& document, const Json& variables);

// Literal -> internal value; nullopt when invalid ("undefined" in graphql-js).
std::optional<Json> valueFromAST(const ast::ValueNode* node, const Type* type,
                                 const Json* variables);

using CoercionErrorHandler = std::function<void(
    const std::vector<PathSegment>& path, const Json& invalidValue, const std::string& message)>;
// JSON input -> internal value, reporting each problem through onError.
Json coerceInputValue(const Json& value, const Type* type, const CoercionErrorHandler& onError);

// graphql-js astFromValue + print: the literal for an internal value (introspection's
// defaultValue, printSchema). nullopt when the value cannot be represented.
std::optional<std::string> printValueLiteral(const Json& value, const Type* type);

}  // namespace kvm48::graphql
