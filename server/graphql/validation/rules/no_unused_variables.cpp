// NoUnusedVariables (spec 5.8.4): every variable an operation defines is used, directly
// or through fragments.
#include <unordered_set>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class NoUnusedVariables : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::OperationDefinition) {
      definitions_.clear();
    } else if (node.kind == ast::Kind::VariableDefinition) {
      definitions_.push_back(static_cast<const ast::VariableDefinition*>(&node));
    }
    return true;
  }
  void leave(const ast::Node& node) override {
    if (node.kind != ast::Kind::OperationDefinition) return;
    const auto& op = static_cast<const ast::OperationDefinition&>(node);
    std::unordered_set<std::string_view> used;
    for (const VariableUsage& usage : context_.recursiveVariableUsages(op)) {
      used.insert(usage.node->name.value);
    }
    for (const ast::VariableDefinition* def : definitions_) {
      const std::string name(def->variable.name.value);
      if (used.contains(def->variable.name.value)) continue;
      context_.report(op.name ? "Variable \"$" + name + "\" is never used in operation \"" +
                                    std::string(op.name->value) + "\"."
                              : "Variable \"$" + name + "\" is never used.",
                      {def});
    }
  }

 private:
  std::vector<const ast::VariableDefinition*> definitions_;
};

}  // namespace

std::unique_ptr<Rule> noUnusedVariables(ValidationContext& c) {
  return std::make_unique<NoUnusedVariables>(c);
}

}  // namespace kvm48::graphql::rules
