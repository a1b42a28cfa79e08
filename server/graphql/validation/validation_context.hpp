// ValidationContext: what every validation rule sees (graphql-js ValidationContext):
// the schema, the document, the TypeInfo of the walk in progress, error reporting with
// the error limit, and cached document-wide lookups (fragments by name, spreads,
// fragments reachable from an operation, variable usages).
//
// One context per validate() call; not thread-safe. Everything it returns points into
// the schema, the document or the context itself.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "../error.hpp"
#include "../language/ast.hpp"
#include "../type/schema.hpp"
#include "ast_types.hpp"
#include "type_info.hpp"

namespace kvm48::graphql {

// Thrown out of a rule to stop validation; validate() catches it.
struct ValidationAborted {};

struct VariableUsage {
  const ast::Variable* node;
  const Type* type;          // the input type expected where the variable is used; may be null
  const Json* defaultValue;  // the location's default (argument / input field); may be null
  const Type* parentType;    // the enclosing input type; may be null
};

class ValidationContext {
 public:
  ValidationContext(const Schema& schema, const ast::Document& document, std::size_t maxErrors);

  const Schema& schema() const { return schema_; }
  const ast::Document& document() const { return document_; }
  AstTypes& astTypes() { return astTypes_; }
  TypeInfo& typeInfo() { return typeInfo_; }

  // Records an error; past the limit records graphql-js's "Too many validation errors"
  // error and throws ValidationAborted.
  void report(GraphQLError error);
  void report(std::string message, const std::vector<const ast::Node*>& nodes);
  void report(std::string message, std::initializer_list<const ast::Node*> nodes) {
    report(std::move(message), std::vector<const ast::Node*>(nodes));
  }
  void report(std::string message, std::vector<SourceLocation> locations);
  std::vector<GraphQLError> takeErrors() { return std::move(errors_); }

  SourceLocation locate(const ast::Node& node) const { return document_.locate(node.loc.start); }
  SourceLocation locate(const ast::Name& name) const { return document_.locate(name.loc.start); }

  const ast::FragmentDefinition* fragment(std::string_view name) const;
  // The fragment spreads anywhere inside `set` (not following them into fragments).
  const std::vector<const ast::FragmentSpread*>& fragmentSpreads(const ast::SelectionSet& set);
  // Fragments reachable from the operations, each once, in discovery order.
  std::vector<const ast::FragmentDefinition*> recursivelyReferencedFragments(
      const std::vector<const ast::OperationDefinition*>& operations);
  // Variables used in `node` (an operation or fragment), with their expected types.
  const std::vector<VariableUsage>& variableUsages(const ast::Node& node);
  // Variables used in the operation and every fragment it reaches.
  const std::vector<VariableUsage>& recursiveVariableUsages(const ast::OperationDefinition& op);

  // Bounds the work spent following fragments (graphql-js: 50000 units); past it,
  // validation aborts with "Validation aborted.".
  void spendFragmentWork(std::size_t cost);
  // Records graphql-js's "Validation aborted." error and throws ValidationAborted.
  [[noreturn]] void abort();

  // The nodes above the one being visited (set by the validation walk).
  const std::vector<const ast::Node*>* ancestors = nullptr;

 private:
  const Schema& schema_;
  const ast::Document& document_;
  std::size_t maxErrors_;
  std::vector<GraphQLError> errors_;
  AstTypes astTypes_;
  TypeInfo typeInfo_;
  std::unordered_map<std::string_view, const ast::FragmentDefinition*> fragments_;
  std::unordered_map<const ast::SelectionSet*, std::vector<const ast::FragmentSpread*>> spreads_;
  std::unordered_map<const ast::Node*, std::vector<VariableUsage>> usages_;
  std::unordered_map<const ast::Node*, std::vector<VariableUsage>> recursiveUsages_;
  std::size_t remainingFragmentWork_ = 50000;
};

// A validation rule: receives every node of the document in order (graphql-js's
// parallel visitor). enter() returning false skips the node's children for this
// rule only.
class Rule {
 public:
  explicit Rule(ValidationContext& context) : context_(context) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  virtual bool enter(const ast::Node&) { return true; }
  virtual void leave(const ast::Node&) {}

 protected:
  ValidationContext& context_;
};

}  // namespace kvm48::graphql
