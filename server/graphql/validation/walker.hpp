// Depth-first walk over an executable AST in graphql-js's visiting order
// (language/ast.ts QueryDocumentKeys), keeping a TypeInfo in step.
//
// For each node: typeInfo.enter(node), visitor.enter(node), the children (unless enter
// returned false), visitor.leave(node), typeInfo.leave(node). `ancestors` holds the
// nodes above the current one (the current node excluded). Exceptions from the
// visitor propagate (validation uses one to abort).
#pragma once

#include <vector>

#include "../language/ast.hpp"
#include "type_info.hpp"

namespace kvm48::graphql {

class AstVisitor {
 public:
  virtual ~AstVisitor() = default;
  // Return false to skip the node's children (leave() is still called).
  virtual bool enter(const ast::Node& node, const std::vector<const ast::Node*>& ancestors) = 0;
  virtual void leave(const ast::Node& node, const std::vector<const ast::Node*>& ancestors) = 0;
};

void walk(const ast::Node& root, TypeInfo& typeInfo, AstVisitor& visitor);

}  // namespace kvm48::graphql
