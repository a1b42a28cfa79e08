// Field collection (spec 6.3.2 CollectFields) honouring @skip/@include and fragment
// type conditions; merges fields by response key in document order.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "../language/ast.hpp"
#include "../type/schema.hpp"

namespace kvm48::graphql::detail {

struct CollectedField {
  std::string_view responseKey;
  std::vector<const ast::Field*> nodes;  // never empty
  // The executor's lookup of the field's definition, kept with the collected set
  // (nullptr until looked up; a set is collected for one object type).
  mutable const FieldDefinition* definition = nullptr;
  mutable bool looked_up = false;
  // `"responseKey":` as the executor writes it before each object's value (set with the
  // definition), so a list of objects does not escape the same key again and again.
  mutable std::string keyText;
};
using FieldMap = std::vector<CollectedField>;  // in response order

class FieldCollector {
 public:
  FieldCollector(const Schema& schema, const ast::Document& document, const Json& variables);

  // Throws ExecutionError when a @skip/@include argument is invalid.
  FieldMap collect(const ObjectType& runtimeType, const ast::SelectionSet& selectionSet) const;
  FieldMap collectSubfields(const ObjectType& returnType,
                            const std::vector<const ast::Field*>& fieldNodes) const;

 private:
  void collectInto(const ObjectType& runtimeType, const ast::SelectionSet& selectionSet,
                   FieldMap& fields, std::unordered_map<std::string_view, std::size_t>& index,
                   std::unordered_set<std::string_view>& visitedFragments) const;
  bool shouldInclude(const std::vector<ast::Directive>& directives) const;
  bool conditionMatches(const ast::NamedType* typeCondition, const ObjectType& type) const;

  const Schema& schema_;
  const ast::Document& document_;
  const Json& variables_;
  std::unordered_map<std::string_view, const ast::FragmentDefinition*> fragments_;
};

}  // namespace kvm48::graphql::detail
