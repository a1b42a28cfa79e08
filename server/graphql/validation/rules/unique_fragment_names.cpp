// UniqueFragmentNames (spec 5.5.1.1): each fragment name is defined once.
#include <unordered_map>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class UniqueFragmentNames : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::OperationDefinition) return false;
    if (node.kind != ast::Kind::FragmentDefinition) return true;
    const auto& fragment = static_cast<const ast::FragmentDefinition&>(node);
    auto [it, inserted] = known_.try_emplace(fragment.name.value, &fragment.name);
    if (!inserted) {
      context_.report(
          "There can be only one fragment named \"" + std::string(fragment.name.value) + "\".",
          std::vector{context_.locate(*it->second), context_.locate(fragment.name)});
    }
    return false;
  }

 private:
  std::unordered_map<std::string_view, const ast::Name*> known_;
};

}  // namespace

std::unique_ptr<Rule> uniqueFragmentNames(ValidationContext& c) {
  return std::make_unique<UniqueFragmentNames>(c);
}

}  // namespace kvm48::graphql::rules
