// ExecutableDefinitions (spec 5.1.1): a document sent for execution holds only
// operations and fragments.
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class ExecutableDefinitions : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::Document) return true;
    for (const auto& def : static_cast<const ast::Document&>(node).definitions) {
      if (def->kind != ast::Kind::TypeSystemDefinition) continue;
      const auto& typeDef = static_cast<const ast::TypeSystemDefinition&>(*def);
      const std::string name =
          typeDef.isSchema ? "schema" : "\"" + std::string(typeDef.name.value) + "\"";
      context_.report("The " + name + " definition is not executable.", {def.get()});
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> executableDefinitions(ValidationContext& c) {
  return std::make_unique<ExecutableDefinitions>(c);
}

}  // namespace kvm48::graphql::rules
