// UniqueOperationNames (spec 5.2.1.1): each named operation is defined once.
#include <unordered_map>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class UniqueOperationNames : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::FragmentDefinition) return false;
    if (node.kind != ast::Kind::OperationDefinition) return true;
    const auto& op = static_cast<const ast::OperationDefinition&>(node);
    if (op.name) {
      auto [it, inserted] = known_.try_emplace(op.name->value, &*op.name);
      if (!inserted) {
        context_.report(
            "There can be only one operation named \"" + std::string(op.name->value) + "\".",
            std::vector{context_.locate(*it->second), context_.locate(*op.name)});
      }
    }
    return false;
  }

 private:
  std::unordered_map<std::string_view, const ast::Name*> known_;
};

}  // namespace

std::unique_ptr<Rule> uniqueOperationNames(ValidationContext& c) {
  return std::make_unique<UniqueOperationNames>(c);
}

}  // namespace kvm48::graphql::rules
