#include "collect_fields.hpp"

#include "values.hpp"

namespace kvm48::graphql::detail {

FieldCollector::FieldCollector(const Schema& schema, const ast::Document& document,
                               const Json& variables)
    : schema_(schema), document_(document), variables_(variables) {
  for (const auto& def : document.definitions) {
    if (def->kind == ast::Kind::FragmentDefinition) {
      const auto* f = static_cast<const ast::FragmentDefinition*>(def.get());
      fragments_.emplace(f->name.value, f);  // first wins; validation rejects duplicates
    }
  }
}

FieldMap FieldCollector::collect(const ObjectType& runtimeType,
                                 const ast::SelectionSet& selectionSet) const {
  FieldMap fields;
  std::unordered_map<std::string_view, std::size_t> index;
  std::unordered_set<std::string_view> visited;
  collectInto(runtimeType, selectionSet, fields, index, visited);
  return fields;
}

FieldMap FieldCollector::collectSubfields(const ObjectType& returnType,
                                          const std::vector<const ast::Field*>& fieldNodes) const {
  FieldMap fields;
  std::unordered_map<std::string_view, std::size_t> index;
  std::unordered_set<std::string_view> visited;
  for (const ast::Field* node : fieldNodes) {
    if (node->selectionSet) collectInto(returnType, *node->selectionSet, fields, index, visited);
  }
  return fields;
}

void FieldCollector::collectInto(const ObjectType& runtimeType,
                                 const ast::SelectionSet& selectionSet, FieldMap& fields,
                                 std::unordered_map<std::string_view, std::size_t>& index,
                                 std::unordered_set<std::string_view>& visitedFragments) const {
  for (const auto& selection : selectionSet.selections) {
    switch (selection->kind) {
      case ast::Kind::Field: {
        const auto& field = static_cast<const ast::Field&>(*selection);
        if (!shouldInclude(field.directives)) break;
        const std::string_view key = field.responseKey();
        const auto [it, inserted] = index.emplace(key, fields.size());
        if (inserted) {
          fields.push_back({key, {&field}, nullptr, false, {}});
        } else {
          fields[it->second].nodes.push_back(&field);
        }
        break;
      }
      case ast::Kind::InlineFragment: {
        const auto& fragment = static_cast<const ast::InlineFragment&>(*selection);
        if (!shouldInclude(fragment.directives) ||
            !conditionMatches(fragment.typeCondition.get(), runtimeType)) {
          break;
        }
        collectInto(runtimeType, fragment.selectionSet, fields, index, visitedFragments);
        break;
      }
      case ast::Kind::FragmentSpread: {
        const auto& spread = static_cast<const ast::FragmentSpread&>(*selection);
        const std::string_view name = spread.name.value;
        if (visitedFragments.contains(name) || !shouldInclude(spread.directives)) break;
        visitedFragments.insert(name);
        const auto it = fragments_.find(name);
        if (it == fragments_.end() || !conditionMatches(&it->second->typeCondition, runtimeType)) {
          break;
        }
        collectInto(runtimeType, it->second->selectionSet, fields, index, visitedFragments);
        break;
      }
      default: break;
    }
  }
}

bool FieldCollector::shouldInclude(const std::vector<ast::Directive>& directives) const {
  for (const auto& d : directives) {
    const bool isSkip = d.name.value == "skip";
    if (!isSkip && d.name.value != "include") continue;
    const DirectiveDefinition* def = schema_.getDirective(d.name.value);
    const Json args = getArgumentValues(def->args, d.arguments, d, document_, variables_);
    const Json& cond = args["if"];
    if (isSkip && cond == true) return false;
    if (!isSkip && cond == false) return false;
  }
  return true;
}

bool FieldCollector::conditionMatches(const ast::NamedType* typeCondition,
                                      const ObjectType& type) const {
  if (typeCondition == nullptr) return true;
  const NamedType* conditional = schema_.getType(typeCondition->name.value);
  if (conditional == &type) return true;
  if (isAbstractType(conditional)) return schema_.isSubType(conditional, &type);
  return false;
}

}  // namespace kvm48::graphql::detail
