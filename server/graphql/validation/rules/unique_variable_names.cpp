// UniqueVariableNames (spec 5.8.1): an operation defines each variable once.
#include <algorithm>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class UniqueVariableNames : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::OperationDefinition) return true;
    const auto& op = static_cast<const ast::OperationDefinition&>(node);
    // Grouped in order of first appearance, like graphql-js groupBy.
    std::vector<std::pair<std::string_view, std::vector<SourceLocation>>> groups;
    for (const auto& def : op.variableDefinitions) {
      const std::string_view name = def.variable.name.value;
      auto it = std::find_if(groups.begin(), groups.end(),
                             [&](const auto& g) { return g.first == name; });
      if (it == groups.end()) it = groups.insert(groups.end(), {name, {}});
      it->second.push_back(context_.locate(def.variable.name));
    }
    for (auto& [name, locations] : groups) {
      if (locations.size() > 1) {
        context_.report("There can be only one variable named \"$" + std::string(name) + "\".",
                        std::move(locations));
      }
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<Rule> uniqueVariableNames(ValidationContext& c) {
  return std::make_unique<UniqueVariableNames>(c);
}

}  // namespace kvm48::graphql::rules
