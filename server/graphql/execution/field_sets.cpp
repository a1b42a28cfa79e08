#include "field_sets.hpp"

namespace kvm48::graphql::detail {
namespace {

bool conditional(const std::vector<ast::Directive>& directives) {
  for (const auto& directive : directives) {
    if (directive.name.value == "skip" || directive.name.value == "include") return true;
  }
  return false;
}

bool selectsConditionally(const ast::SelectionSet& set) {
  for (const auto& selection : set.selections) {
    if (conditional(selection->directives)) return true;
    switch (selection->kind) {
      case ast::Kind::Field: {
        const auto& field = static_cast<const ast::Field&>(*selection);
        if (field.selectionSet && selectsConditionally(*field.selectionSet)) return true;
        break;
      }
      case ast::Kind::InlineFragment:
        if (selectsConditionally(static_cast<const ast::InlineFragment&>(*selection).selectionSet))
          return true;
        break;
      default: break;  // a spread's fragment is looked at as a definition
    }
  }
  return false;
}

}  // namespace

bool selectsConditionally(const ast::Document& document) {
  for (const auto& definition : document.definitions) {
    if (definition->kind == ast::Kind::OperationDefinition) {
      if (selectsConditionally(
              static_cast<const ast::OperationDefinition&>(*definition).selectionSet))
        return true;
    } else if (definition->kind == ast::Kind::FragmentDefinition) {
      if (selectsConditionally(
              static_cast<const ast::FragmentDefinition&>(*definition).selectionSet))
        return true;
    }
  }
  return false;
}

FieldSets& FieldSets::forRequest(const Schema& schema, const ast::Document& document,
                                 const std::shared_ptr<const ast::Document>& owner,
                                 FieldSets& local) {
  if (owner.get() != &document) return local;
  thread_local FieldSets kept;
  if (kept.busy_) return local;
  if (kept.document_ != owner || kept.schema_ != &schema) {
    // The walk is done once per change of document on this thread, not per request; its
    // verdict is kept with the document.
    kept.sets_.clear();
    kept.document_ = owner;
    kept.schema_ = &schema;
    kept.conditional_ = selectsConditionally(document);
  }
  if (kept.conditional_) return local;
  kept.busy_ = true;
  return kept;
}

}  // namespace kvm48::graphql::detail
