// MaxIntrospectionDepth (graphql-js recommended rule, part of its specifiedRules since
// 16.9): introspection may nest the list fields fields/interfaces/possibleTypes/
// inputFields at most 3 deep, so that an introspection query cannot explode.
#include <unordered_map>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

constexpr int kMaxListsDepth = 3;

bool isIntrospectionList(std::string_view name) {
  return name == "fields" || name == "interfaces" || name == "possibleTypes" ||
         name == "inputFields";
}

class MaxIntrospectionDepth : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::Field) return true;
    const std::string_view name = static_cast<const ast::Field&>(node).name.value;
    if (name != "__schema" && name != "__type") return true;
    std::unordered_map<std::string_view, int> visited;
    if (exceeds(node, visited, 0)) {
      context_.report("Maximum introspection depth exceeded", {&node});
      return false;
    }
    return true;
  }

 private:
  using Visited = std::unordered_map<std::string_view, int>;

  bool exceedsSpread(const ast::FragmentSpread& spread, Visited& visited, int depth) {
    const std::string_view name = spread.name.value;
    if (auto e = exceeded_.find(name); e != exceeded_.end() && e->second <= depth) return true;
    auto v = visited.find(name);
    auto c = checked_.find(name);
    if ((v != visited.end() && v->second >= depth) || (c != checked_.end() && c->second >= depth)) {
      return false;
    }
    const ast::FragmentDefinition* fragment = context_.fragment(name);
    if (!fragment) return false;
    visited[name] = depth;
    if (exceedsSet(fragment->selectionSet, visited, depth)) {
      exceeded_[name] = depth;
      return true;
    }
    checked_[name] = depth;
    return false;
  }

  bool exceeds(const ast::Node& node, Visited& visited, int depth) {
    switch (node.kind) {
      case ast::Kind::FragmentSpread:
        return exceedsSpread(static_cast<const ast::FragmentSpread&>(node), visited, depth);
      case ast::Kind::Field: {
        const auto& field = static_cast<const ast::Field&>(node);
        if (isIntrospectionList(field.name.value) && ++depth >= kMaxListsDepth) return true;
        return field.selectionSet && exceedsSet(*field.selectionSet, visited, depth);
      }
      case ast::Kind::InlineFragment:
        return exceedsSet(static_cast<const ast::InlineFragment&>(node).selectionSet, visited,
                          depth);
      default: return false;
    }
  }

  bool exceedsSet(const ast::SelectionSet& set, Visited& visited, int depth) {
    for (const auto& selection : set.selections) {
      if (exceeds(*selection, visited, depth)) return true;
    }
    return false;
  }

  Visited checked_;   // fragment -> smallest entry depth at which its check passed
  Visited exceeded_;  // fragment -> entry depth at which it exceeded
};

}  // namespace

std::unique_ptr<Rule> maxIntrospectionDepth(ValidationContext& c) {
  return std::make_unique<MaxIntrospectionDepth>(c);
}

}  // namespace kvm48::graphql::rules
