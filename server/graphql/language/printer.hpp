// AST printer in graphql-js 16.15's print() format (two-space indentation, field
// arguments wrapped onto separate lines past 80 columns). Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "ast.hpp"

namespace kvm48::graphql {

std::string print(const ast::Document& document);
std::string print(const ast::Definition& definition);
std::string print(const ast::Selection& selection);
std::string print(const ast::ValueNode& value);
std::string print(const ast::TypeNode& type);

// graphql-js printStringLiteral(): a double-quoted literal with JSON-like escapes.
std::string printStringLiteral(std::string_view value);
// graphql-js printBlockStringLiteral().
std::string printBlockStringLiteral(std::string_view value);

}  // namespace kvm48::graphql
