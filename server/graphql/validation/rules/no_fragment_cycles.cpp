// NoFragmentCycles (spec 5.5.2.2): fragment spreads do not form cycles.
#include <unordered_map>
#include <unordered_set>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class NoFragmentCycles : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::OperationDefinition) return false;
    if (node.kind == ast::Kind::FragmentDefinition) {
      detectCycles(static_cast<const ast::FragmentDefinition&>(node));
      return false;
    }
    return true;
  }

 private:
  // Depth-first search; every fragment is expanded once over the whole document.
  void detectCycles(const ast::FragmentDefinition& fragment) {
    const std::string_view name = fragment.name.value;
    if (!visited_.insert(name).second) return;
    const auto& spreads = context_.fragmentSpreads(fragment.selectionSet);
    if (spreads.empty()) return;
    pathIndex_[name] = path_.size();
    for (const ast::FragmentSpread* spread : spreads) {
      const std::string_view spreadName = spread->name.value;
      auto cycle = pathIndex_.find(spreadName);
      path_.push_back(spread);
      if (cycle == pathIndex_.end()) {
        if (const ast::FragmentDefinition* next = context_.fragment(spreadName)) {
          detectCycles(*next);
        }
      } else {
        report(spreadName, cycle->second);
      }
      path_.pop_back();
    }
    pathIndex_.erase(name);
  }

  void report(std::string_view spreadName, std::size_t from) {
    std::string via;
    std::vector<const ast::Node*> nodes;
    for (std::size_t i = from; i < path_.size(); ++i) {
      nodes.push_back(path_[i]);
      if (i + 1 < path_.size()) {
        if (!via.empty()) via += ", ";
        via += "\"" + std::string(path_[i]->name.value) + "\"";
      }
    }
    context_.report("Cannot spread fragment \"" + std::string(spreadName) + "\" within itself" +
                        (via.empty() ? "." : " via " + via + "."),
                    nodes);
  }

  std::unordered_set<std::string_view> visited_;
  std::vector<const ast::FragmentSpread*> path_;
  std::unordered_map<std::string_view, std::size_t> pathIndex_;
};

}  // namespace

std::unique_ptr<Rule> noFragmentCycles(ValidationContext& c) {
  return std::make_unique<NoFragmentCycles>(c);
}

}  // namespace kvm48::graphql::rules
