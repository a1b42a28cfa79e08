// UniqueDirectivesPerLocation (spec 5.7.3): a non-repeatable directive appears at most
// once per location.
#include <unordered_map>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

const std::vector<ast::Directive>* directivesOf(const ast::Node& node) {
  using ast::Kind;
  switch (node.kind) {
    case Kind::OperationDefinition:
      return &static_cast<const ast::OperationDefinition&>(node).directives;
    case Kind::FragmentDefinition:
      return &static_cast<const ast::FragmentDefinition&>(node).directives;
    case Kind::VariableDefinition:
      return &static_cast<const ast::VariableDefinition&>(node).directives;
    case Kind::Field:
    case Kind::FragmentSpread:
    case Kind::InlineFragment: return &static_cast<const ast::Selection&>(node).directives;
    default: return nullptr;
  }
}

class UniqueDirectivesPerLocation : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    const std::vector<ast::Directive>* directives = directivesOf(node);
    if (!directives) return true;
    std::unordered_map<std::string_view, const ast::Directive*> seen;
    for (const ast::Directive& directive : *directives) {
      const DirectiveDefinition* def = context_.schema().getDirective(directive.name.value);
      if (!def || def->isRepeatable) continue;
      auto [it, inserted] = seen.try_emplace(directive.name.value, &directive);
      if (!inserted) {
        context_.report("The directive \"@" + std::string(directive.name.value) +
                            "\" can only be used once at this location.",
                        {it->second, &directive});
      }
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<Rule> uniqueDirectivesPerLocation(ValidationContext& c) {
  return std::make_unique<UniqueDirectivesPerLocation>(c);
}

}  // namespace kvm48::graphql::rules
