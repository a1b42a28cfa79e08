// FieldsOnCorrectType (spec 5.3.1): every selected field is defined on its parent type.
#include <algorithm>
#include <map>

#include "../messages.hpp"
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

// Types that do define `fieldName` among an abstract type's possible types, the most
// used interfaces first (graphql-js getSuggestedTypeNames).
std::vector<std::string> suggestedTypeNames(const Schema& schema, const NamedType* type,
                                            std::string_view fieldName) {
  if (!isAbstractType(type)) return {};
  std::vector<const NamedType*> suggested;
  std::map<std::string_view, int> usage;
  auto add = [&](const NamedType* t) {
    if (std::find(suggested.begin(), suggested.end(), t) == suggested.end()) {
      suggested.push_back(t);
    }
  };
  for (const ObjectType* possible : schema.possibleTypes(type)) {
    if (!possible->findField(fieldName)) continue;
    add(possible);
    usage[possible->name] = 1;
    for (const InterfaceType* iface : possible->interfaces) {
      if (!iface->findField(fieldName)) continue;
      add(iface);
      ++usage[iface->name];
    }
  }
  std::stable_sort(suggested.begin(), suggested.end(), [&](const NamedType* a, const NamedType* b) {
    const int diff = usage[b->name] - usage[a->name];
    if (diff != 0) return diff < 0;
    if (a->kind == TypeKind::Interface && schema.isSubType(a, b)) return true;
    if (b->kind == TypeKind::Interface && schema.isSubType(b, a)) return false;
    return naturalCompare(a->name, b->name) < 0;
  });
  std::vector<std::string> names;
  for (const NamedType* t : suggested) names.push_back(t->name);
  return names;
}

std::vector<std::string> suggestedFieldNames(const NamedType* type, std::string_view fieldName) {
  if (type->kind != TypeKind::Object && type->kind != TypeKind::Interface) return {};
  std::vector<std::string> names;
  for (const FieldDefinition& f : static_cast<const FieldsType*>(type)->fields) {
    names.push_back(f.name);
  }
  return suggestionList(fieldName, names);
}

class FieldsOnCorrectType : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::Field) return true;
    const NamedType* type = context_.typeInfo().parentType();
    if (!type || context_.typeInfo().fieldDef()) return true;
    const std::string_view fieldName = static_cast<const ast::Field&>(node).name.value;
    std::string suggestion = didYouMean(suggestedTypeNames(context_.schema(), type, fieldName),
                                        "to use an inline fragment on");
    if (suggestion.empty()) suggestion = didYouMean(suggestedFieldNames(type, fieldName));
    context_.report("Cannot query field \"" + std::string(fieldName) + "\" on type \"" +
                        type->name + "\"." + suggestion,
                    {&node});
    return true;
  }
};

}  // namespace

std::unique_ptr<Rule> fieldsOnCorrectType(ValidationContext& c) {
  return std::make_unique<FieldsOnCorrectType>(c);
}

}  // namespace kvm48::graphql::rules
