// PossibleFragmentSpreads (spec 5.5.2.3): a fragment is spread only where its type can
// apply (the parent and fragment types overlap).
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class PossibleFragmentSpreads : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::InlineFragment) {
      const NamedType* fragType = getNamedType(context_.typeInfo().type());
      const NamedType* parentType = context_.typeInfo().parentType();
      if (isCompositeType(fragType) && isCompositeType(parentType) &&
          !doTypesOverlap(context_.schema(), fragType, parentType)) {
        context_.report("Fragment cannot be spread here as objects of type \"" + parentType->name +
                            "\" can never be of type \"" + fragType->name + "\".",
                        {&node});
      }
    } else if (node.kind == ast::Kind::FragmentSpread) {
      const auto& spread = static_cast<const ast::FragmentSpread&>(node);
      const NamedType* fragType = fragmentType(spread.name.value);
      const NamedType* parentType = context_.typeInfo().parentType();
      if (fragType && parentType && !doTypesOverlap(context_.schema(), fragType, parentType)) {
        context_.report("Fragment \"" + std::string(spread.name.value) +
                            "\" cannot be spread here as objects of type \"" + parentType->name +
                            "\" can never be of type \"" + fragType->name + "\".",
                        {&node});
      }
    }
    return true;
  }

 private:
  const NamedType* fragmentType(std::string_view name) const {
    const ast::FragmentDefinition* fragment = context_.fragment(name);
    if (!fragment) return nullptr;
    const NamedType* type = context_.astTypes().named(fragment->typeCondition);
    return isCompositeType(type) ? type : nullptr;
  }
};

}  // namespace

std::unique_ptr<Rule> possibleFragmentSpreads(ValidationContext& c) {
  return std::make_unique<PossibleFragmentSpreads>(c);
}

}  // namespace kvm48::graphql::rules
