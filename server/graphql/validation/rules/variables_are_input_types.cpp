// VariablesAreInputTypes (spec 5.8.2): variables are of scalar, enum or input object type.
#include "../messages.hpp"
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class VariablesAreInputTypes : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::VariableDefinition) return true;
    const auto& def = static_cast<const ast::VariableDefinition&>(node);
    const Type* type = context_.astTypes().type(*def.type);
    if (type && !isInputType(type)) {
      context_.report("Variable \"$" + std::string(def.variable.name.value) +
                          "\" cannot be non-input type \"" + printTypeNode(*def.type) + "\".",
                      {def.type.get()});
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<Rule> variablesAreInputTypes(ValidationContext& c) {
  return std::make_unique<VariablesAreInputTypes>(c);
}

}  // namespace kvm48::graphql::rules
