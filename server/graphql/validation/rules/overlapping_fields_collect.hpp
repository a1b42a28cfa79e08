// Field collection for OverlappingFieldsCanBeMerged: the fields of a selection set
// grouped by response key (inline fragments flattened, fragment spreads listed by
// name), memoised per (parent type, selection set) so that each is built once however
// often fragments are compared. Not thread-safe; owned by one rule instance.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "../validation_context.hpp"

namespace kvm48::graphql::rules::overlap {

struct FieldDetail {
  const NamedType* parentType;  // may be null (unknown type condition)
  const ast::Field* node;
  const FieldDefinition* definition;  // may be null (unknown field, __typename)
  bool isSimpleLeaf;                  // no arguments and no selection set
};

struct CollectedFields;
struct OverlappingGroup {
  std::string_view responseName;
  const std::vector<FieldDetail>* fields1;
  const std::vector<FieldDetail>* fields2;
};

struct CollectedFields {
  std::vector<std::pair<std::string_view, std::vector<FieldDetail>>> grouped;  // in order
  std::vector<std::string_view> fragmentNames;                                 // distinct, in order
  // fragment name -> compared with areMutuallyExclusive = value
  std::unordered_map<std::string_view, bool> comparedFragments;
  std::unordered_map<const CollectedFields*, std::vector<OverlappingGroup>> overlapping;

  const std::vector<FieldDetail>* find(std::string_view responseName) const;
};

class FieldCollector {
 public:
  explicit FieldCollector(ValidationContext& context) : context_(context) {}
  CollectedFields& collect(const NamedType* parentType, const ast::SelectionSet& set);
  // The fields of a fragment definition (null when the fragment is unknown).
  CollectedFields* collectFragment(std::string_view fragmentName);

 private:
  void collectInto(const NamedType* parentType, const ast::SelectionSet& set, CollectedFields& out,
                   std::unordered_map<std::string_view, std::size_t>& index);

  ValidationContext& context_;
  std::map<std::pair<const NamedType*, const ast::SelectionSet*>, std::unique_ptr<CollectedFields>>
      cache_;
};

// A canonical text of an argument value: equal texts mean equal values (object fields
// compared in name order; a block string differs from a quoted one, as in graphql-js).
std::string stringifyValue(const ast::ValueNode& value);

}  // namespace kvm48::graphql::rules::overlap
