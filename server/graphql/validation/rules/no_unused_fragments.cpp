// NoUnusedFragments (spec 5.5.1.4): every fragment is reachable from some operation.
#include <unordered_set>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class NoUnusedFragments : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::OperationDefinition) {
      operations_.push_back(static_cast<const ast::OperationDefinition*>(&node));
      return false;
    }
    if (node.kind == ast::Kind::FragmentDefinition) {
      fragments_.push_back(static_cast<const ast::FragmentDefinition*>(&node));
      return false;
    }
    return true;
  }
  void leave(const ast::Node& node) override {
    if (node.kind != ast::Kind::Document) return;
    std::unordered_set<std::string_view> used;
    for (const auto* f : context_.recursivelyReferencedFragments(operations_)) {
      used.insert(f->name.value);
    }
    for (const auto* f : fragments_) {
      if (!used.contains(f->name.value)) {
        context_.report("Fragment \"" + std::string(f->name.value) + "\" is never used.", {f});
      }
    }
  }

 private:
  std::vector<const ast::OperationDefinition*> operations_;
  std::vector<const ast::FragmentDefinition*> fragments_;
};

}  // namespace

std::unique_ptr<Rule> noUnusedFragments(ValidationContext& c) {
  return std::make_unique<NoUnusedFragments>(c);
}

}  // namespace kvm48::graphql::rules
