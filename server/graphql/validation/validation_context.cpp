#include "validation_context.hpp"

#include <unordered_set>

#include "walker.hpp"

namespace kvm48::graphql {

ValidationContext::ValidationContext(const Schema& schema, const ast::Document& document,
                                     std::size_t maxErrors)
    : schema_(schema),
      document_(document),
      maxErrors_(maxErrors),
      astTypes_(schema),
      typeInfo_(schema, astTypes_) {
  for (const auto& def : document.definitions) {
    if (def->kind == ast::Kind::FragmentDefinition) {
      const auto* fragment = static_cast<const ast::FragmentDefinition*>(def.get());
      fragments_[fragment->name.value] = fragment;  // the last one wins, as in graphql-js
    }
  }
}

void ValidationContext::report(GraphQLError error) {
  if (errors_.size() >= maxErrors_) {
    errors_.push_back(
        makeError("Too many validation errors, error limit reached. Validation aborted."));
    throw ValidationAborted{};
  }
  errors_.push_back(std::move(error));
}

void ValidationContext::report(std::string message, const std::vector<const ast::Node*>& nodes) {
  std::vector<SourceLocation> locations;
  locations.reserve(nodes.size());
  for (const ast::Node* node : nodes) locations.push_back(locate(*node));
  report(std::move(message), std::move(locations));
}

void ValidationContext::report(std::string message, std::vector<SourceLocation> locations) {
  report(makeError(std::move(message), std::move(locations)));
}

const ast::FragmentDefinition* ValidationContext::fragment(std::string_view name) const {
  auto it = fragments_.find(name);
  return it == fragments_.end() ? nullptr : it->second;
}

const std::vector<const ast::FragmentSpread*>& ValidationContext::fragmentSpreads(
    const ast::SelectionSet& set) {
  auto [it, inserted] = spreads_.try_emplace(&set);
  if (!inserted) return it->second;
  std::vector<const ast::SelectionSet*> toVisit{&set};
  while (!toVisit.empty()) {
    const ast::SelectionSet* current = toVisit.back();
    toVisit.pop_back();
    for (const auto& selection : current->selections) {
      switch (selection->kind) {
        case ast::Kind::FragmentSpread:
          it->second.push_back(static_cast<const ast::FragmentSpread*>(selection.get()));
          break;
        case ast::Kind::Field: {
          const auto* field = static_cast<const ast::Field*>(selection.get());
          if (field->selectionSet) toVisit.push_back(field->selectionSet.get());
          break;
        }
        case ast::Kind::InlineFragment:
          toVisit.push_back(
              &static_cast<const ast::InlineFragment*>(selection.get())->selectionSet);
          break;
        default: break;
      }
    }
  }
  return it->second;
}

std::vector<const ast::FragmentDefinition*> ValidationContext::recursivelyReferencedFragments(
    const std::vector<const ast::OperationDefinition*>& operations) {
  std::vector<std::string_view> names;
  std::unordered_set<std::string_view> seen;
  auto add = [&](std::string_view name) {
    if (seen.insert(name).second) names.push_back(name);
  };
  for (const auto* op : operations) {
    for (const auto* spread : fragmentSpreads(op->selectionSet)) add(spread->name.value);
  }
  spendFragmentWork(names.size());
  std::vector<const ast::FragmentDefinition*> result;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const ast::FragmentDefinition* def = fragment(names[i]);
    if (!def) continue;
    result.push_back(def);
    const auto& spreads = fragmentSpreads(def->selectionSet);
    spendFragmentWork(spreads.size());
    for (const auto* spread : spreads) add(spread->name.value);
  }
  return result;
}

namespace {

class UsageCollector : public AstVisitor {
 public:
  UsageCollector(const TypeInfo& typeInfo, std::vector<VariableUsage>& out)
      : typeInfo_(typeInfo), out_(out) {}
  bool enter(const ast::Node& node, const std::vector<const ast::Node*>&) override {
    if (node.kind == ast::Kind::VariableDefinition) return false;
    if (node.kind == ast::Kind::Variable) {
      out_.push_back({static_cast<const ast::Variable*>(&node), typeInfo_.inputType(),
                      typeInfo_.defaultValue(), typeInfo_.parentInputType()});
    }
    return true;
  }
  void leave(const ast::Node&, const std::vector<const ast::Node*>&) override {}

 private:
  const TypeInfo& typeInfo_;
  std::vector<VariableUsage>& out_;
};

}  // namespace

const std::vector<VariableUsage>& ValidationContext::variableUsages(const ast::Node& node) {
  auto [it, inserted] = usages_.try_emplace(&node);
  if (inserted) {
    TypeInfo typeInfo(schema_, astTypes_);
    UsageCollector collector(typeInfo, it->second);
    walk(node, typeInfo, collector);
  }
  return it->second;
}

const std::vector<VariableUsage>& ValidationContext::recursiveVariableUsages(
    const ast::OperationDefinition& op) {
  auto found = recursiveUsages_.find(&op);
  if (found != recursiveUsages_.end()) return found->second;
  std::vector<VariableUsage> usages = variableUsages(op);
  const auto fragments = recursivelyReferencedFragments({&op});
  spendFragmentWork(fragments.size());
  for (const auto* fragmentDef : fragments) {
    const auto& local = variableUsages(*fragmentDef);
    spendFragmentWork(local.size());
    usages.insert(usages.end(), local.begin(), local.end());
  }
  return recursiveUsages_.emplace(&op, std::move(usages)).first->second;
}

void ValidationContext::spendFragmentWork(std::size_t cost) {
  if (cost > remainingFragmentWork_) abort();
  remainingFragmentWork_ -= cost;
}

void ValidationContext::abort() {
  errors_.push_back(makeError("Validation aborted."));
  throw ValidationAborted{};
}

}  // namespace kvm48::graphql
