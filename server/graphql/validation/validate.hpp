// Validation (spec section 5): runs every specified rule over a parsed document.
// Owned by G2 (validation/**); this declaration is the contract with the engine.
//
// Thread-safety: pure function of its inputs; schema and document are only read.
// Failure: never throws for bad documents; returns the errors (at most
// options.maxErrors of them, then one "Too many validation errors, error limit
// reached. Validation aborted." like graphql-js).
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "../error.hpp"
#include "../language/ast.hpp"
#include "../type/schema.hpp"

namespace kvm48::graphql {

struct ValidationOptions {
  std::size_t maxErrors = 100;  // graphql-js default
};

std::vector<GraphQLError> validate(const Schema& schema, const ast::Document& document,
                                   const ValidationOptions& options = {});

class Rule;
class ValidationContext;
using RuleFactory = std::unique_ptr<Rule> (*)(ValidationContext&);

// Runs only the given rules (validation/rules/rules.hpp), in that order; for tests and
// for callers that add rules of their own (graphql-js validate(schema, doc, rules)).
std::vector<GraphQLError> validate(const Schema& schema, const ast::Document& document,
                                   const std::vector<RuleFactory>& rules,
                                   const ValidationOptions& options = {});

}  // namespace kvm48::graphql
