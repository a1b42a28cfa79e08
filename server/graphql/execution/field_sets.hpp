// The collected field sets (CollectFields) of an execution, by object type and selection,
// kept across requests when that is safe.
//
// A set depends on the document, the schema and, through @skip/@include, on the request's
// variables. A document without either directive collects the same sets on every
// request, so a thread keeps the sets of the last such document it executed (holding the
// document alive, since the sets point into it) for the next request with the same
// document: a hot query asked again with other variables does not collect its fields
// again (for perfVod(id), collecting was a tenth of the server's user time).
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

#include "collect_fields.hpp"

namespace kvm48::graphql::detail {

class FieldSets {
 public:
  // The sets for a request with this document: this thread's kept ones when `owner`
  // holds `document` and neither may change with variables (started afresh when the
  // document or schema is not the one kept), else `local`, a table for one request.
  // The kept sets serve one execution at a time (a nested one gets `local`): call
  // release() when the execution ends.
  static FieldSets& forRequest(const Schema& schema, const ast::Document& document,
                               const std::shared_ptr<const ast::Document>& owner, FieldSets& local);
  void release() noexcept { busy_ = false; }

  // The set of an operation's root selection, collected by `collect` on first use.
  template <class Collect>
  const FieldMap& root(const ObjectType& type, const ast::SelectionSet& selection,
                       Collect&& collect) {
    return find(Key{&type, &selection, 0}, collect);
  }
  // The set of these field nodes' subselections for `type`.
  template <class Collect>
  const FieldMap& subfields(const ObjectType& type, const std::vector<const ast::Field*>& nodes,
                            Collect&& collect) {
    return find(Key{&type, nodes.front(), nodes.size()}, collect);
  }

 private:
  // The object type, the first node of the selection (a SelectionSet for a root set, a
  // Field for subfields), and the number of field nodes merged (0 for a root set).
  using Key = std::tuple<const ObjectType*, const void*, std::size_t>;

  template <class Collect>
  const FieldMap& find(const Key& key, Collect& collect) {
    auto it = sets_.find(key);
    if (it == sets_.end()) it = sets_.emplace(key, collect()).first;
    return it->second;
  }

  std::map<Key, FieldMap> sets_;
  const Schema* schema_ = nullptr;                 // kept sets: the schema they are for
  std::shared_ptr<const ast::Document> document_;  // kept sets: their document
  bool conditional_ = false;  // kept document: it has @skip/@include, so no sets are kept
  bool busy_ = false;         // kept sets: in use by an execution
};

// Whether any selection of the document (in operations or fragments) carries @skip or
// @include, so that its field sets may depend on variables.
bool selectsConditionally(const ast::Document& document);

}  // namespace kvm48::graphql::detail
