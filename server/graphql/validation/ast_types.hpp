// AstTypes: turns AST type references ("[Int!]") into schema types for validation
// (graphql-js typeFromAST), without touching the shared, immutable Schema: list and
// non-null wrappers are created here, owned by this object, and compared structurally
// (isEqualType / isTypeSubTypeOf) like any other type.
//
// One AstTypes per validation run; not thread-safe; pointers live as long as it does.
#pragma once

#include <deque>
#include <memory>

#include "../language/ast.hpp"
#include "../type/schema.hpp"

namespace kvm48::graphql {

class AstTypes {
 public:
  explicit AstTypes(const Schema& schema) : schema_(schema) {}
  // The type named by `node`, or null when its named type is unknown.
  const Type* type(const ast::TypeNode& node);
  const NamedType* named(const ast::NamedType& node) const;

 private:
  const Schema& schema_;
  std::deque<std::unique_ptr<Type>> wrappers_;
};

}  // namespace kvm48::graphql
