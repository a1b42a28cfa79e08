// checkLimits(): query depth, field and alias counts of each operation, following
// fragment spreads (each spread counts its fragment again, so "fragment bombs" that
// multiply fields are caught). Runs before validation, whose cost it bounds; so it
// tolerates unknown and cyclic fragments (validation reports those).
#include <algorithm>
#include <limits>
#include <unordered_map>

#include "engine.hpp"

namespace kvm48::graphql {
namespace {

struct Cost {
  std::size_t depth = 0;
  std::size_t fields = 0;
  std::size_t aliases = 0;
};

std::size_t saturatingAdd(std::size_t a, std::size_t b) {
  constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max() / 2;
  return a > kMax - std::min(b, kMax) ? kMax : a + b;
}

class CostWalker {
 public:
  explicit CostWalker(const ast::Document& document) {
    for (const auto& def : document.definitions) {
      if (def->kind == ast::Kind::FragmentDefinition) {
        const auto* f = static_cast<const ast::FragmentDefinition*>(def.get());
        fragments_.emplace(f->name.value, f);
      }
    }
  }

  // Selection-set nesting is bounded by the parser's depth limit; the fragment chain
  // by the number of fragments, each visited once thanks to the memo.
  Cost selectionSet(const ast::SelectionSet& set) {
    Cost total;
    for (const auto& selection : set.selections) {
      Cost c;
      switch (selection->kind) {
        case ast::Kind::Field: {
          const auto& field = static_cast<const ast::Field&>(*selection);
          if (field.selectionSet) c = selectionSet(*field.selectionSet);
          c.depth += 1;
          c.fields = saturatingAdd(c.fields, 1);
          if (field.alias) c.aliases = saturatingAdd(c.aliases, 1);
          break;
        }
        case ast::Kind::InlineFragment:
          c = selectionSet(static_cast<const ast::InlineFragment&>(*selection).selectionSet);
          break;
        case ast::Kind::FragmentSpread:
          c = fragment(static_cast<const ast::FragmentSpread&>(*selection).name.value);
          break;
        default: break;
      }
      total.depth = std::max(total.depth, c.depth);
      total.fields = saturatingAdd(total.fields, c.fields);
      total.aliases = saturatingAdd(total.aliases, c.aliases);
    }
    return total;
  }

 private:
  Cost fragment(std::string_view name) {
    if (const auto done = memo_.find(name); done != memo_.end()) return done->second;
    const auto it = fragments_.find(name);
    if (it == fragments_.end()) return {};
    memo_.emplace(name, Cost{});  // a cycle back here counts nothing
    const Cost c = selectionSet(it->second->selectionSet);
    memo_[name] = c;
    return c;
  }

  std::unordered_map<std::string_view, const ast::FragmentDefinition*> fragments_;
  std::unordered_map<std::string_view, Cost> memo_;
};

}  // namespace

std::vector<GraphQLError> checkLimits(const ast::Document& document, const EngineLimits& limits) {
  std::vector<GraphQLError> errors;
  CostWalker walker(document);
  for (const auto& def : document.definitions) {
    if (def->kind != ast::Kind::OperationDefinition) continue;
    const auto& op = static_cast<const ast::OperationDefinition&>(*def);
    const Cost cost = walker.selectionSet(op.selectionSet);
    if (cost.depth > limits.maxQueryDepth) {
      errors.push_back(makeError("The operation is nested " + std::to_string(cost.depth) +
                                     " fields deep, more than the limit of " +
                                     std::to_string(limits.maxQueryDepth) + ".",
                                 document, {&op}));
    }
    if (cost.fields > limits.maxFields) {
      errors.push_back(makeError("The operation selects " + std::to_string(cost.fields) +
                                     " fields, more than the limit of " +
                                     std::to_string(limits.maxFields) + ".",
                                 document, {&op}));
    }
    if (cost.aliases > limits.maxAliases) {
      errors.push_back(makeError("The operation uses " + std::to_string(cost.aliases) +
                                     " aliases, more than the limit of " +
                                     std::to_string(limits.maxAliases) + ".",
                                 document, {&op}));
    }
  }
  return errors;
}

}  // namespace kvm48::graphql
