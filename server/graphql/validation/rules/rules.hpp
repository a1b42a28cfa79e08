// The specified validation rules, one file each (named after graphql-js's), in
// graphql-js 16.15's specifiedRules order. Each factory returns a fresh rule bound to
// one validation run.
#pragma once

#include <memory>
#include <vector>

#include "../validate.hpp"
#include "../validation_context.hpp"

namespace kvm48::graphql::rules {

using graphql::RuleFactory;

std::unique_ptr<Rule> executableDefinitions(ValidationContext&);
std::unique_ptr<Rule> uniqueOperationNames(ValidationContext&);
std::unique_ptr<Rule> loneAnonymousOperation(ValidationContext&);
std::unique_ptr<Rule> singleFieldSubscriptions(ValidationContext&);
std::unique_ptr<Rule> knownTypeNames(ValidationContext&);
std::unique_ptr<Rule> fragmentsOnCompositeTypes(ValidationContext&);
std::unique_ptr<Rule> variablesAreInputTypes(ValidationContext&);
std::unique_ptr<Rule> scalarLeafs(ValidationContext&);
std::unique_ptr<Rule> fieldsOnCorrectType(ValidationContext&);
std::unique_ptr<Rule> uniqueFragmentNames(ValidationContext&);
std::unique_ptr<Rule> knownFragmentNames(ValidationContext&);
std::unique_ptr<Rule> noUnusedFragments(ValidationContext&);
std::unique_ptr<Rule> possibleFragmentSpreads(ValidationContext&);
std::unique_ptr<Rule> noFragmentCycles(ValidationContext&);
std::unique_ptr<Rule> uniqueVariableNames(ValidationContext&);
std::unique_ptr<Rule> noUndefinedVariables(ValidationContext&);
std::unique_ptr<Rule> noUnusedVariables(ValidationContext&);
std::unique_ptr<Rule> knownDirectives(ValidationContext&);
std::unique_ptr<Rule> uniqueDirectivesPerLocation(ValidationContext&);
std::unique_ptr<Rule> knownArgumentNames(ValidationContext&);
std::unique_ptr<Rule> uniqueArgumentNames(ValidationContext&);
std::unique_ptr<Rule> valuesOfCorrectType(ValidationContext&);
std::unique_ptr<Rule> providedRequiredArguments(ValidationContext&);
std::unique_ptr<Rule> variablesInAllowedPosition(ValidationContext&);
std::unique_ptr<Rule> overlappingFieldsCanBeMerged(ValidationContext&);
std::unique_ptr<Rule> uniqueInputFieldNames(ValidationContext&);
std::unique_ptr<Rule> maxIntrospectionDepth(ValidationContext&);

// All of the above, in order.
const std::vector<RuleFactory>& specifiedRules();

}  // namespace kvm48::graphql::rules
