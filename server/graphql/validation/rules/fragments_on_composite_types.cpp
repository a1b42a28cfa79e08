// FragmentsOnCompositeTypes (spec 5.5.1.3): fragments condition on objects, interfaces
// or unions only.
#include "../messages.hpp"
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class FragmentsOnCompositeTypes : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::InlineFragment) {
      const auto& fragment = static_cast<const ast::InlineFragment&>(node);
      if (fragment.typeCondition && isNonComposite(*fragment.typeCondition)) {
        context_.report("Fragment cannot condition on non composite type \"" +
                            printTypeNode(*fragment.typeCondition) + "\".",
                        {fragment.typeCondition.get()});
      }
    } else if (node.kind == ast::Kind::FragmentDefinition) {
      const auto& fragment = static_cast<const ast::FragmentDefinition&>(node);
      if (isNonComposite(fragment.typeCondition)) {
        context_.report("Fragment \"" + std::string(fragment.name.value) +
                            "\" cannot condition on non composite type \"" +
                            printTypeNode(fragment.typeCondition) + "\".",
                        {&fragment.typeCondition});
      }
    }
    return true;
  }

 private:
  bool isNonComposite(const ast::NamedType& condition) const {
    const NamedType* type = context_.astTypes().named(condition);
    return type && !isCompositeType(type);
  }
};

}  // namespace

std::unique_ptr<Rule> fragmentsOnCompositeTypes(ValidationContext& c) {
  return std::make_unique<FragmentsOnCompositeTypes>(c);
}

}  // namespace kvm48::graphql::rules
