// NoUndefinedVariables (spec 5.8.3): every variable used, directly or through fragments,
// is defined by the operation.
#include <unordered_set>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class NoUndefinedVariables : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::OperationDefinition) {
      defined_.clear();
    } else if (node.kind == ast::Kind::VariableDefinition) {
      defined_.insert(static_cast<const ast::VariableDefinition&>(node).variable.name.value);
    }
    return true;
  }
  void leave(const ast::Node& node) override {
    if (node.kind != ast::Kind::OperationDefinition) return;
    const auto& op = static_cast<const ast::OperationDefinition&>(node);
    for (const VariableUsage& usage : context_.recursiveVariableUsages(op)) {
      const std::string name(usage.node->name.value);
      if (defined_.contains(usage.node->name.value)) continue;
      context_.report(op.name ? "Variable \"$" + name + "\" is not defined by operation \"" +
                                    std::string(op.name->value) + "\"."
                              : "Variable \"$" + name + "\" is not defined.",
                      {usage.node, &op});
    }
  }

 private:
  std::unordered_set<std::string_view> defined_;
};

}  // namespace

std::unique_ptr<Rule> noUndefinedVariables(ValidationContext& c) {
  return std::make_unique<NoUndefinedVariables>(c);
}

}  // namespace kvm48::graphql::rules
