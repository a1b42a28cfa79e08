// KnownDirectives (spec 5.7.1, 5.7.2): directives exist and are used where allowed.
#include <algorithm>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

std::optional<DirectiveLocation> locationOf(const ast::Node& appliedTo) {
  using ast::Kind;
  switch (appliedTo.kind) {
    case Kind::OperationDefinition:
      switch (static_cast<const ast::OperationDefinition&>(appliedTo).operation) {
        case ast::OperationType::Query: return DirectiveLocation::Query;
        case ast::OperationType::Mutation: return DirectiveLocation::Mutation;
        case ast::OperationType::Subscription: return DirectiveLocation::Subscription;
      }
      return std::nullopt;
    case Kind::Field: return DirectiveLocation::Field;
    case Kind::FragmentSpread: return DirectiveLocation::FragmentSpread;
    case Kind::InlineFragment: return DirectiveLocation::InlineFragment;
    case Kind::FragmentDefinition: return DirectiveLocation::FragmentDefinition;
    case Kind::VariableDefinition: return DirectiveLocation::VariableDefinition;
    default: return std::nullopt;
  }
}

class KnownDirectives : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::Directive) return true;
    const auto& directive = static_cast<const ast::Directive&>(node);
    const std::string name(directive.name.value);
    const DirectiveDefinition* def = context_.schema().getDirective(directive.name.value);
    if (!def) {
      context_.report("Unknown directive \"@" + name + "\".", {&node});
      return true;
    }
    if (!context_.ancestors || context_.ancestors->empty()) return true;
    const auto location = locationOf(*context_.ancestors->back());
    if (location && std::find(def->locations.begin(), def->locations.end(), *location) ==
                        def->locations.end()) {
      context_.report("Directive \"@" + name + "\" may not be used on " +
                          std::string(toString(*location)) + ".",
                      {&node});
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<Rule> knownDirectives(ValidationContext& c) {
  return std::make_unique<KnownDirectives>(c);
}

}  // namespace kvm48::graphql::rules
