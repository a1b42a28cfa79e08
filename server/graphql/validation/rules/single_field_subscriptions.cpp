// SingleFieldSubscriptions (spec 5.2.3.1): a subscription selects exactly one root
// field, and not an introspection one. Fields are collected like execution does
// (fragments, @skip/@include with literal arguments), with no variable values.
#include <algorithm>
#include <unordered_set>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

using FieldGroups = std::vector<std::pair<std::string_view, std::vector<const ast::Field*>>>;

// @skip(if: true) / @include(if: false) given as literals exclude a selection; a variable
// has no value during validation and so never does.
bool included(const std::vector<ast::Directive>& directives) {
  for (const ast::Directive& d : directives) {
    const bool skip = d.name.value == "skip";
    if (!skip && d.name.value != "include") continue;
    for (const ast::Argument& arg : d.arguments) {
      if (arg.name.value != "if" || arg.value->kind != ast::Kind::BooleanValue) continue;
      const bool value = static_cast<const ast::BooleanValue&>(*arg.value).value;
      if (value == skip) return false;
    }
  }
  return true;
}

class SingleFieldSubscriptions : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::OperationDefinition) return true;
    const auto& op = static_cast<const ast::OperationDefinition&>(node);
    const ObjectType* root = context_.schema().subscriptionType();
    if (op.operation != ast::OperationType::Subscription || !root) return true;
    FieldGroups fields;
    std::unordered_set<std::string_view> visitedFragments;
    collect(root, op.selectionSet, fields, visitedFragments);
    const std::string prefix =
        op.name ? "Subscription \"" + std::string(op.name->value) + "\"" : "Anonymous Subscription";
    if (fields.size() > 1) {
      std::vector<const ast::Node*> extra;
      for (std::size_t i = 1; i < fields.size(); ++i) {
        extra.insert(extra.end(), fields[i].second.begin(), fields[i].second.end());
      }
      context_.report(prefix + " must select only one top level field.", extra);
    }
    for (const auto& [key, nodes] : fields) {
      if (!nodes.front()->name.value.starts_with("__")) continue;
      context_.report(prefix + " must not select an introspection top level field.",
                      std::vector<const ast::Node*>(nodes.begin(), nodes.end()));
    }
    return true;
  }

 private:
  bool conditionMatches(const ast::NamedType* condition, const ObjectType* type) const {
    if (!condition) return true;
    const NamedType* conditional = context_.astTypes().named(*condition);
    if (conditional == type) return true;
    return isAbstractType(conditional) && context_.schema().isSubType(conditional, type);
  }

  void collect(const ObjectType* type, const ast::SelectionSet& set, FieldGroups& fields,
               std::unordered_set<std::string_view>& visitedFragments) {
    context_.spendFragmentWork(set.selections.size());
    for (const auto& selection : set.selections) {
      context_.spendFragmentWork(selection->directives.size());
      if (!included(selection->directives)) continue;
      switch (selection->kind) {
        case ast::Kind::Field: {
          const auto* field = static_cast<const ast::Field*>(selection.get());
          const std::string_view key = field->responseKey();
          auto it = std::find_if(fields.begin(), fields.end(),
                                 [&](const auto& g) { return g.first == key; });
          if (it == fields.end()) it = fields.insert(fields.end(), {key, {}});
          it->second.push_back(field);
          break;
        }
        case ast::Kind::InlineFragment: {
          const auto* fragment = static_cast<const ast::InlineFragment*>(selection.get());
          if (!conditionMatches(fragment->typeCondition.get(), type)) continue;
          collect(type, fragment->selectionSet, fields, visitedFragments);
          break;
        }
        case ast::Kind::FragmentSpread: {
          const auto* spread = static_cast<const ast::FragmentSpread*>(selection.get());
          if (!visitedFragments.insert(spread->name.value).second) continue;
          const ast::FragmentDefinition* fragment = context_.fragment(spread->name.value);
          if (!fragment || !conditionMatches(&fragment->typeCondition, type)) continue;
          collect(type, fragment->selectionSet, fields, visitedFragments);
          break;
        }
        default: break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> singleFieldSubscriptions(ValidationContext& c) {
  return std::make_unique<SingleFieldSubscriptions>(c);
}

}  // namespace kvm48::graphql::rules
