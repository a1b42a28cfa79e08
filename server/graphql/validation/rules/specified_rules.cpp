#include "rules.hpp"

namespace kvm48::graphql::rules {

const std::vector<RuleFactory>& specifiedRules() {
  // graphql-js orders them "to lead to the most clear output"; errors come out in
  // document order, and for one node in this order.
  static const std::vector<RuleFactory> all{
      executableDefinitions,
      uniqueOperationNames,
      loneAnonymousOperation,
      singleFieldSubscriptions,
      knownTypeNames,
      fragmentsOnCompositeTypes,
      variablesAreInputTypes,
      scalarLeafs,
      fieldsOnCorrectType,
      uniqueFragmentNames,
      knownFragmentNames,
      noUnusedFragments,
      possibleFragmentSpreads,
      noFragmentCycles,
      uniqueVariableNames,
      noUndefinedVariables,
      noUnusedVariables,
      knownDirectives,
      uniqueDirectivesPerLocation,
      knownArgumentNames,
      uniqueArgumentNames,
      valuesOfCorrectType,
      providedRequiredArguments,
      variablesInAllowedPosition,
      overlappingFieldsCanBeMerged,
      uniqueInputFieldNames,
      maxIntrospectionDepth,
  };
  return all;
}

}  // namespace kvm48::graphql::rules
