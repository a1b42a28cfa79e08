#include "ast_types.hpp"

namespace kvm48::graphql {

const NamedType* AstTypes::named(const ast::NamedType& node) const {
  return schema_.getType(node.name.value);
}

const Type* AstTypes::type(const ast::TypeNode& node) {
  switch (node.kind) {
    case ast::Kind::NamedType: return named(static_cast<const ast::NamedType&>(node));
    case ast::Kind::ListType: {
      const Type* inner = type(*static_cast<const ast::ListType&>(node).type);
      if (!inner) return nullptr;
      return wrappers_.emplace_back(std::make_unique<ListType>(inner)).get();
    }
    case ast::Kind::NonNullType: {
      const Type* inner = type(*static_cast<const ast::NonNullType&>(node).type);
      if (!inner) return nullptr;
      return wrappers_.emplace_back(std::make_unique<NonNullType>(inner)).get();
    }
    default: return nullptr;
  }
}

}  // namespace kvm48::graphql
