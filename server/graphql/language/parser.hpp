// Recursive-descent parser for executable documents (spec section 2), graphql-js
// semantics and messages ("Syntax Error: Expected Name, found <EOF>.").
//
// Limits: every document is bounded in tokens and nesting depth (selection sets,
// list/object values, list types), so hostile input fails fast with a syntax error
// instead of exhausting the stack. Thread-safe (no shared state).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "../error.hpp"
#include "ast.hpp"

namespace kvm48::graphql {

struct ParseOptions {
  std::size_t maxTokens = 20000;  // graphql-js default is unlimited; introspection is ~300
  std::size_t maxDepth = 64;      // nested selection sets + list/object values + list types
};

// Thrown on any syntax error or exceeded limit; `error` is ready for a response.
struct SyntaxError : std::exception {
  explicit SyntaxError(GraphQLError e) : error(std::move(e)) {}
  const char* what() const noexcept override { return error.message.c_str(); }
  GraphQLError error;
};

// Parses a whole document. Throws SyntaxError.
std::unique_ptr<ast::Document> parse(std::string source, const ParseOptions& options = {});
std::unique_ptr<ast::Document> parse(std::shared_ptr<const std::string> source,
                                     const ParseOptions& options = {});

// Parses one type reference ("[String!]!"), for schema building. Throws SyntaxError.
// The node's names view into `source`, which must outlive the result.
ast::TypePtr parseType(std::string_view source);
// Parses one value literal (no variables), e.g. a default value. Throws SyntaxError.
ast::ValuePtr parseConstValue(std::string_view source);

}  // namespace kvm48::graphql
