// The example schema of the GraphQL specification's Validation section (Dog, Cat, Pet,
// Human, Alien, the Arguments type, a subscription root...), so that the unit tests can
// use the specification's own examples verbatim; and helpers to validate against it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "graphql/error.hpp"
#include "graphql/type/schema.hpp"
#include "graphql/validation/validate.hpp"

namespace kvm48::graphql::test {

const Schema& specSchema();

// Parses (failing the test on a syntax error) and validates against specSchema() with
// the given rules (empty = all specified rules).
std::vector<GraphQLError> validateSpec(const std::vector<RuleFactory>& rules,
                                       const std::string& document,
                                       const ValidationOptions& options = {});

struct ExpectedError {
  std::string message;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> locations;  // (line, column)
};

// CHECKs that validation returns no error.
void expectValid(const std::vector<RuleFactory>& rules, const std::string& document);
// CHECKs that validation returns exactly these errors, in this order.
void expectErrors(const std::vector<RuleFactory>& rules, const std::string& document,
                  const std::vector<ExpectedError>& expected);

}  // namespace kvm48::graphql::test
