// KnownFragmentNames (spec 5.5.2.1): every spread names a defined fragment.
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class KnownFragmentNames : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::FragmentSpread) return true;
    const auto& spread = static_cast<const ast::FragmentSpread&>(node);
    if (!context_.fragment(spread.name.value)) {
      context_.report("Unknown fragment \"" + std::string(spread.name.value) + "\".",
                      std::vector{context_.locate(spread.name)});
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<Rule> knownFragmentNames(ValidationContext& c) {
  return std::make_unique<KnownFragmentNames>(c);
}

}  // namespace kvm48::graphql::rules
