#include "walker.hpp"

namespace kvm48::graphql {
namespace {

class Walker {
 public:
  Walker(TypeInfo& typeInfo, AstVisitor& visitor) : typeInfo_(typeInfo), visitor_(visitor) {}

  void visit(const ast::Node& node) {
    typeInfo_.enter(node);
    if (visitor_.enter(node, ancestors_)) {
      ancestors_.push_back(&node);
      children(node);
      ancestors_.pop_back();
    }
    visitor_.leave(node, ancestors_);
    typeInfo_.leave(node);
  }

 private:
  template <class T>
  void each(const std::vector<T>& nodes) {
    for (const auto& n : nodes) {
      if constexpr (requires { *n; }) {  // unique_ptr children
        visit(*n);
      } else {
        visit(n);
      }
    }
  }
  void children(const ast::Node& node);

  TypeInfo& typeInfo_;
  AstVisitor& visitor_;
  std::vector<const ast::Node*> ancestors_;
};

void Walker::children(const ast::Node& node) {
  using ast::Kind;
  switch (node.kind) {
    case Kind::Document: each(static_cast<const ast::Document&>(node).definitions); break;
    case Kind::OperationDefinition: {
      const auto& op = static_cast<const ast::OperationDefinition&>(node);
      each(op.variableDefinitions);
      each(op.directives);
      visit(op.selectionSet);
      break;
    }
    case Kind::VariableDefinition: {
      const auto& def = static_cast<const ast::VariableDefinition&>(node);
      visit(def.variable);
      visit(*def.type);
      if (def.defaultValue) visit(*def.defaultValue);
      each(def.directives);
      break;
    }
    case Kind::SelectionSet: each(static_cast<const ast::SelectionSet&>(node).selections); break;
    case Kind::Field: {
      const auto& field = static_cast<const ast::Field&>(node);
      each(field.arguments);
      each(field.directives);
      if (field.selectionSet) visit(*field.selectionSet);
      break;
    }
    case Kind::Argument: visit(*static_cast<const ast::Argument&>(node).value); break;
    case Kind::FragmentSpread:
      each(static_cast<const ast::FragmentSpread&>(node).directives);
      break;
    case Kind::InlineFragment: {
      const auto& fragment = static_cast<const ast::InlineFragment&>(node);
      if (fragment.typeCondition) visit(*fragment.typeCondition);
      each(fragment.directives);
      visit(fragment.selectionSet);
      break;
    }
    case Kind::FragmentDefinition: {
      const auto& fragment = static_cast<const ast::FragmentDefinition&>(node);
      visit(fragment.typeCondition);
      each(fragment.directives);
      visit(fragment.selectionSet);
      break;
    }
    case Kind::ListValue: each(static_cast<const ast::ListValue&>(node).values); break;
    case Kind::ObjectValue: each(static_cast<const ast::ObjectValue&>(node).fields); break;
    case Kind::ObjectField: visit(*static_cast<const ast::ObjectField&>(node).value); break;
    case Kind::Directive: each(static_cast<const ast::Directive&>(node).arguments); break;
    case Kind::ListType: visit(*static_cast<const ast::ListType&>(node).type); break;
    case Kind::NonNullType: visit(*static_cast<const ast::NonNullType&>(node).type); break;
    default: break;  // leaves: Variable, scalar values, NamedType, TypeSystemDefinition
  }
}

}  // namespace

void walk(const ast::Node& root, TypeInfo& typeInfo, AstVisitor& visitor) {
  Walker(typeInfo, visitor).visit(root);
}

}  // namespace kvm48::graphql
