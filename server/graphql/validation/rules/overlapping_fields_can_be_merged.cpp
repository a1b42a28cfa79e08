// OverlappingFieldsCanBeMerged (spec 5.3.2): fields with the same response key are the
// same field with the same arguments (unless their parents can never coincide), return
// compatible shapes, and their sub-selections merge too.
//
// A port of graphql-js 16.15's algorithm, including what keeps it polynomial on hostile
// documents: collected fields are memoised per selection set, each pair of fragments
// (and each fragment against a field set) is compared once, and a complexity budget
// aborts validation past 500000 steps.
#include <optional>

#include "../messages.hpp"
#include "overlapping_fields_collect.hpp"
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

using overlap::CollectedFields;
using overlap::FieldDetail;

constexpr std::size_t kMaxConflictDetailLength = 1000;
constexpr std::size_t kMaxConflictNodes = 20;
constexpr long kComplexityBudget = 500000;

struct Conflict {
  std::string responseName;
  std::string reason;
  std::vector<const ast::Field*> fields1, fields2;
};

std::string abbreviate(std::string text) {
  if (text.size() > kMaxConflictDetailLength) {
    text.resize(kMaxConflictDetailLength);
    text += "...";
  }
  return text;
}

bool sameArguments(const std::vector<ast::Argument>& a, const std::vector<ast::Argument>& b) {
  if (a.size() != b.size()) return false;
  for (const ast::Argument& arg1 : a) {
    const ast::Argument* arg2 = nullptr;
    for (const ast::Argument& candidate : b) {  // the last of a repeated name, as a JS Map
      if (candidate.name.value == arg1.name.value) arg2 = &candidate;
    }
    if (!arg2 || overlap::stringifyValue(*arg1.value) != overlap::stringifyValue(*arg2->value)) {
      return false;
    }
  }
  return true;
}

class PairSet {
 public:
  bool has(std::string_view a, std::string_view b, bool mutuallyExclusive) const {
    return hasOrdered(a, b, mutuallyExclusive) || hasOrdered(b, a, mutuallyExclusive);
  }
  void add(std::string_view a, std::string_view b, bool mutuallyExclusive) {
    data_[{a, b}] = mutuallyExclusive;
  }

 private:
  bool hasOrdered(std::string_view a, std::string_view b, bool mutuallyExclusive) const {
    auto it = data_.find({a, b});
    if (it == data_.end()) return false;
    return mutuallyExclusive || it->second == mutuallyExclusive;
  }
  std::map<std::pair<std::string_view, std::string_view>, bool> data_;
};

class OverlappingFieldsCanBeMerged : public Rule {
 public:
  explicit OverlappingFieldsCanBeMerged(ValidationContext& c) : Rule(c), collector_(c) {}

  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::SelectionSet) return true;
    const auto& set = static_cast<const ast::SelectionSet&>(node);
    const auto* ancestors = context_.ancestors;
    if (ancestors && !ancestors->empty() && ancestors->back()->kind == ast::Kind::InlineFragment) {
      return true;
    }
    if (set.selections.size() <= 1 &&
        (set.selections.empty() || set.selections[0]->kind != ast::Kind::InlineFragment)) {
      return true;
    }
    std::vector<Conflict> conflicts;
    findConflictsWithin(context_.typeInfo().parentType(), set, conflicts);
    for (Conflict& c : conflicts) {
      std::vector<const ast::Node*> nodes(c.fields1.begin(), c.fields1.end());
      nodes.insert(nodes.end(), c.fields2.begin(), c.fields2.end());
      context_.report("Fields \"" + abbreviate(c.responseName) + "\" conflict because " + c.reason +
                          ". Use different aliases on the fields to fetch both if this was "
                          "intentional.",
                      nodes);
    }
    return true;
  }

 private:
  void spend(long cost) {
    budget_ -= cost;
    if (budget_ < 0) context_.abort();
  }

  void findConflictsWithin(const NamedType* parentType, const ast::SelectionSet& set,
                           std::vector<Conflict>& conflicts) {
    CollectedFields& fields = collector_.collect(parentType, set);
    for (const auto& [name, details] : fields.grouped) {
      for (std::size_t i = 0; i < details.size(); ++i) {
        for (std::size_t j = i + 1; j < details.size(); ++j) {
          if (auto c = findConflict(false, name, details[i], details[j])) {
            conflicts.push_back(std::move(*c));
          }
        }
      }
    }
    const auto& names = fields.fragmentNames;
    if (names.empty() || (fields.grouped.empty() && names.size() <= 1)) return;
    for (std::size_t i = 0; i < names.size(); ++i) {
      betweenFieldsAndFragment(conflicts, false, fields, names[i]);
      for (std::size_t j = i + 1; j < names.size(); ++j) {
        betweenFragments(conflicts, false, names[i], names[j]);
      }
    }
  }

  void betweenFieldsAndFragment(std::vector<Conflict>& conflicts, bool exclusive,
                                CollectedFields& fields, std::string_view fragmentName) {
    spend(1);
    if (fields.grouped.empty()) return;
    auto compared = fields.comparedFragments.find(fragmentName);
    if (compared != fields.comparedFragments.end() && (!compared->second || exclusive)) return;
    fields.comparedFragments[fragmentName] = exclusive;
    CollectedFields* fragmentFields = collector_.collectFragment(fragmentName);
    if (!fragmentFields || fragmentFields == &fields) return;
    between(conflicts, exclusive, fields, *fragmentFields);
    for (std::string_view referenced : fragmentFields->fragmentNames) {
      betweenFieldsAndFragment(conflicts, exclusive, fields, referenced);
    }
  }

  void betweenFragments(std::vector<Conflict>& conflicts, bool exclusive, std::string_view name1,
                        std::string_view name2) {
    spend(2);
    if (name1 == name2 || comparedPairs_.has(name1, name2, exclusive)) return;
    comparedPairs_.add(name1, name2, exclusive);
    CollectedFields* fields1 = collector_.collectFragment(name1);
    CollectedFields* fields2 = collector_.collectFragment(name2);
    if (!fields1 || !fields2) return;
    between(conflicts, exclusive, *fields1, *fields2);
    for (std::string_view referenced2 : fields2->fragmentNames) {
      betweenFragments(conflicts, exclusive, name1, referenced2);
    }
    for (std::string_view referenced1 : fields1->fragmentNames) {
      betweenFragments(conflicts, exclusive, referenced1, name2);
    }
  }

  std::vector<Conflict> betweenSubSelections(bool exclusive, const NamedType* type1,
                                             const ast::SelectionSet& set1, const NamedType* type2,
                                             const ast::SelectionSet& set2) {
    std::vector<Conflict> conflicts;
    CollectedFields& fields1 = collector_.collect(type1, set1);
    CollectedFields& fields2 = collector_.collect(type2, set2);
    between(conflicts, exclusive, fields1, fields2);
    for (std::string_view name2 : fields2.fragmentNames) {
      betweenFieldsAndFragment(conflicts, exclusive, fields1, name2);
    }
    for (std::string_view name1 : fields1.fragmentNames) {
      betweenFieldsAndFragment(conflicts, exclusive, fields2, name1);
    }
    for (std::string_view name1 : fields1.fragmentNames) {
      for (std::string_view name2 : fields2.fragmentNames) {
        betweenFragments(conflicts, exclusive, name1, name2);
      }
    }
    return conflicts;
  }

  const std::vector<overlap::OverlappingGroup>& overlapping(CollectedFields& fields1,
                                                            const CollectedFields& fields2) {
    auto [it, inserted] = fields1.overlapping.try_emplace(&fields2);
    if (inserted) {
      for (const auto& [name, details1] : fields1.grouped) {
        spend(1);
        if (const auto* details2 = fields2.find(name)) {
          it->second.push_back({name, &details1, details2});
        }
      }
    }
    return it->second;
  }

  void between(std::vector<Conflict>& conflicts, bool exclusive, CollectedFields& fields1,
               const CollectedFields& fields2) {
    if (fields1.grouped.empty() || fields2.grouped.empty()) return;
    for (const auto& group : overlapping(fields1, fields2)) {
      for (const FieldDetail& f1 : *group.fields1) {
        for (const FieldDetail& f2 : *group.fields2) {
          if (auto c = findConflict(exclusive, group.responseName, f1, f2)) {
            conflicts.push_back(std::move(*c));
          }
        }
      }
    }
  }

  bool typesConflict(const Type* t1, const Type* t2) {
    if (t1 == t2) return false;
    spend(1);
    if (isListType(t1)) {
      return isListType(t2) ? typesConflict(static_cast<const ListType*>(t1)->ofType,
                                            static_cast<const ListType*>(t2)->ofType)
                            : true;
    }
    if (isListType(t2)) return true;
    if (isNonNullType(t1)) {
      return isNonNullType(t2) ? typesConflict(static_cast<const NonNullType*>(t1)->ofType,
                                               static_cast<const NonNullType*>(t2)->ofType)
                               : true;
    }
    if (isNonNullType(t2)) return true;
    if (isLeafType(t1) || isLeafType(t2)) return t1 != t2;
    return false;
  }

  std::optional<Conflict> findConflict(bool parentsExclusive, std::string_view responseName,
                                       const FieldDetail& f1, const FieldDetail& f2) {
    const bool exclusive =
        parentsExclusive ||
        (f1.parentType != f2.parentType && f1.parentType && f2.parentType &&
         f1.parentType->kind == TypeKind::Object && f2.parentType->kind == TypeKind::Object);
    spend(2);
    const Type* type1 = f1.definition ? f1.definition->type : nullptr;
    const Type* type2 = f2.definition ? f2.definition->type : nullptr;
    if (f1.isSimpleLeaf && f2.isSimpleLeaf && type1 == type2 &&
        f1.node->name.value == f2.node->name.value) {
      return std::nullopt;
    }
    const std::string key(responseName);
    if (!exclusive) {
      const std::string_view name1 = f1.node->name.value, name2 = f2.node->name.value;
      std::optional<std::string> reason;
      if (name1 != name2) {
        reason = "\"" + abbreviate(std::string(name1)) + "\" and \"" +
                 abbreviate(std::string(name2)) + "\" are different fields";
      } else if (!sameArgumentsBudgeted(f1.node->arguments, f2.node->arguments)) {
        reason = "they have differing arguments";
      }
      if (reason) return Conflict{key, *reason, {f1.node}, {f2.node}};
    }
    if (type1 && type2 && typesConflict(type1, type2)) {
      return Conflict{key,
                      "they return conflicting types \"" + typeToString(type1) + "\" and \"" +
                          typeToString(type2) + "\"",
                      {f1.node},
                      {f2.node}};
    }
    if (f1.node->selectionSet && f2.node->selectionSet) {
      auto sub = betweenSubSelections(exclusive, getNamedType(type1), *f1.node->selectionSet,
                                      getNamedType(type2), *f2.node->selectionSet);
      return subfieldConflicts(sub, key, f1.node, f2.node);
    }
    return std::nullopt;
  }

  bool sameArgumentsBudgeted(const std::vector<ast::Argument>& a,
                             const std::vector<ast::Argument>& b) {
    if (a.size() == b.size()) spend(static_cast<long>(a.size()));
    return sameArguments(a, b);
  }

  static std::vector<const ast::Field*> conflictNodes(const ast::Field* node,
                                                      const std::vector<Conflict>& conflicts,
                                                      bool first) {
    std::vector<const ast::Field*> nodes{node};
    for (const Conflict& c : conflicts) {
      const auto& side = first ? c.fields1 : c.fields2;
      const std::size_t remaining = kMaxConflictNodes - nodes.size();
      const std::size_t take = std::min(remaining, side.size());
      nodes.insert(nodes.end(), side.end() - static_cast<std::ptrdiff_t>(take), side.end());
      if (nodes.size() == kMaxConflictNodes) break;
    }
    return nodes;
  }

  static std::optional<Conflict> subfieldConflicts(const std::vector<Conflict>& conflicts,
                                                   const std::string& responseName,
                                                   const ast::Field* node1,
                                                   const ast::Field* node2) {
    if (conflicts.empty()) return std::nullopt;
    std::string message;
    for (const Conflict& c : conflicts) {
      if (!message.empty()) message += " and ";
      message += "subfields \"" + abbreviate(c.responseName) + "\" conflict because " + c.reason;
      if (message.size() > kMaxConflictDetailLength) break;
    }
    return Conflict{responseName, abbreviate(std::move(message)),
                    conflictNodes(node1, conflicts, true), conflictNodes(node2, conflicts, false)};
  }

  overlap::FieldCollector collector_;
  PairSet comparedPairs_;
  long budget_ = kComplexityBudget;
};

}  // namespace

std::unique_ptr<Rule> overlappingFieldsCanBeMerged(ValidationContext& c) {
  return std::make_unique<OverlappingFieldsCanBeMerged>(c);
}

}  // namespace kvm48::graphql::rules
