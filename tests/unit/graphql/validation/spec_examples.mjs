// The documents of the validation unit tests: the GraphQL specification's own examples
// for each rule (section 5, September 2025 edition), valid and invalid, plus a few cases
// graphql-js's tests pin. gen_expectations.mjs runs graphql-js on them (one rule at a
// time, against spec_schema.graphql) and writes test_<file>.cpp with what it reports.
export const files = {
  operations: [
    ['ExecutableDefinitions', 'spec: a type extension is not executable', `
query getDogName {
  dog {
    name
    color
  }
}

extend type Dog {
  color: String
}`],
    ['ExecutableDefinitions', 'operations and fragments only', `
query Foo { dog { name } }
fragment Frag on Dog { name }`],
    ['ExecutableDefinitions', 'schema definition', `
schema { query: Query }
{ dog { name } }`],
    ['UniqueOperationNames', 'spec: two differently named operations', `
query getDogName {
  dog {
    name
  }
}

query getOwnerName {
  dog {
    owner {
      name
    }
  }
}`],
    ['UniqueOperationNames', 'spec: two operations named the same', `
query getName {
  dog {
    name
  }
}

query getName {
  dog {
    owner {
      name
    }
  }
}`],
    ['UniqueOperationNames', 'spec: a query and a mutation named the same', `
query dogOperation {
  dog {
    name
  }
}

mutation dogOperation {
  mutateDog {
    id
  }
}`],
    ['LoneAnonymousOperation', 'spec: one anonymous operation', `
{
  dog {
    name
  }
}`],
    ['LoneAnonymousOperation', 'spec: an anonymous operation with another', `
{
  dog {
    name
  }
}

query getName {
  dog {
    owner {
      name
    }
  }
}`],
    ['LoneAnonymousOperation', 'two anonymous operations', `{ dog { name } } { dog { name } }`],
    ['SingleFieldSubscriptions', 'spec: one root field', `
subscription sub {
  newMessage {
    body
    sender
  }
}`],
    ['SingleFieldSubscriptions', 'spec: one root field through a fragment', `
subscription sub {
  ...newMessageFields
}

fragment newMessageFields on Subscription {
  newMessage {
    body
    sender
  }
}`],
    ['SingleFieldSubscriptions', 'spec: two root fields', `
subscription sub {
  newMessage {
    body
    sender
  }
  disallowedSecondRootField
}`],
    ['SingleFieldSubscriptions', 'spec: two root fields through a fragment', `
subscription sub {
  ...multipleSubscriptions
}

fragment multipleSubscriptions on Subscription {
  newMessage {
    body
    sender
  }
  disallowedSecondRootField
}`],
    ['SingleFieldSubscriptions', 'spec: an introspection root field', `
subscription sub {
  newMessage {
    body
    sender
  }
  __typename
}`],
    ['SingleFieldSubscriptions', 'anonymous subscription with an introspection field', `
subscription { __typename }`],
    ['SingleFieldSubscriptions', 'a skipped second field does not count', `
subscription sub { newMessage { body } disallowedSecondRootField @skip(if: true) }`],
  ],
  fields: [
    ['FieldsOnCorrectType', 'spec: fields not defined on Dog', `
fragment fieldNotDefined on Dog {
  meowVolume
}

fragment aliasedLyingFieldTargetNotDefined on Dog {
  barkVolume: kawVolume
}`],
    ['FieldsOnCorrectType', 'spec: a field of the interface', `
fragment interfaceFieldSelection on Pet {
  name
}`],
    ['FieldsOnCorrectType', 'spec: a field only implementers define', `
fragment definedOnImplementersButNotInterface on Pet {
  nickname
}`],
    ['FieldsOnCorrectType', 'spec: union members through fragments', `
fragment inDirectFieldSelectionOnUnion on CatOrDog {
  __typename
  ... on Pet {
    name
  }
  ... on Dog {
    barkVolume
  }
}`],
    ['FieldsOnCorrectType', 'spec: a field directly on a union', `
fragment directFieldSelectionOnUnion on CatOrDog {
  directField
}`],
    ['FieldsOnCorrectType', 'suggests the implementing types, interfaces first', `
fragment f on Sentient { pets }`],
    ['FieldsOnCorrectType', 'unknown meta field on a non-root type', `
fragment f on Dog { __schema { types { name } } }`],
    ['ScalarLeafs', 'spec: a scalar leaf', `
fragment scalarSelection on Dog {
  barkVolume
}`],
    ['ScalarLeafs', 'spec: a selection on a scalar', `
fragment scalarSelectionsNotAllowedOnInt on Dog {
  barkVolume {
    sinceWhen
  }
}`],
    ['ScalarLeafs', 'spec: objects, interfaces and unions without selections', `
query directQueryOnObjectWithoutSubFields {
  human
}

query directQueryOnInterfaceWithoutSubFields {
  pet
}

query directQueryOnUnionWithoutSubFields {
  catOrDog
}`],
    ['ScalarLeafs', 'a selection on an enum', `
fragment f on Dog { doesKnowCommand(dogCommand: SIT) { x } }`],
  ],
  arguments: [
    ['KnownArgumentNames', 'spec: a known argument', `
fragment argOnRequiredArg on Dog {
  doesKnowCommand(dogCommand: SIT)
}

fragment argOnOptional on Dog {
  isHouseTrained(atOtherHomes: true) @include(if: true)
}`],
    ['KnownArgumentNames', 'spec: unknown arguments on a field and a directive', `
fragment invalidArgName on Dog {
  doesKnowCommand(command: CLEAN_UP_HOUSE)
}

fragment invalidArgName on Dog {
  isHouseTrained(atOtherHomes: true) @include(unless: false)
}`],
    ['KnownArgumentNames', 'spec: arguments in any order', `
fragment multipleArgs on Arguments {
  multipleRequirements(x: 1, y: 2)
}

fragment multipleArgsReverseOrder on Arguments {
  multipleRequirements(y: 2, x: 1)
}`],
    ['KnownArgumentNames', 'suggests close names', `
fragment f on Dog { doesKnowCommand(DogCommand: SIT) }`],
    ['KnownArgumentNames', 'an unknown field is left to FieldsOnCorrectType', `
fragment f on Dog { unknownField(x: 1) }`],
    ['UniqueArgumentNames', 'the same argument twice', `
fragment f on Dog { isHouseTrained(atOtherHomes: true, atOtherHomes: false) }`],
    ['UniqueArgumentNames', 'the same directive argument three times', `
{ dog @include(if: true, if: false, if: true) { name } }`],
    ['UniqueArgumentNames', 'different arguments', `
fragment f on Arguments { multipleRequirements(x: 1, y: 2) }`],
    ['ProvidedRequiredArguments', 'spec: non-null arguments given', `
fragment goodBooleanArg on Arguments {
  booleanArgField(booleanArg: true)
}

fragment goodNonNullArg on Arguments {
  nonNullBooleanArgField(nonNullBooleanArg: true)
}`],
    ['ProvidedRequiredArguments', 'spec: an optional argument left out', `
fragment goodBooleanArgDefault on Arguments {
  booleanArgField
}`],
    ['ProvidedRequiredArguments', 'spec: a required argument left out', `
fragment missingRequiredArg on Arguments {
  nonNullBooleanArgField
}`],
    ['ProvidedRequiredArguments', 'spec: a non-null argument with a default may be left out', `
fragment f on Arguments { optionalNonNullBooleanArgField }`],
    ['ProvidedRequiredArguments', 'directives need their required arguments', `
{ dog @include @skip { name } }`],
    ['ProvidedRequiredArguments', 'two required arguments missing', `
fragment f on Arguments { multipleRequirements }`],
  ],
  fragments: [
    ['UniqueFragmentNames', 'spec: distinct fragment names', `
{
  dog {
    ...fragmentOne
    ...fragmentTwo
  }
}

fragment fragmentOne on Dog {
  name
}

fragment fragmentTwo on Dog {
  owner {
    name
  }
}`],
    ['UniqueFragmentNames', 'spec: a fragment name twice', `
{
  dog {
    ...fragmentOne
  }
}

fragment fragmentOne on Dog {
  name
}

fragment fragmentOne on Dog {
  owner {
    name
  }
}`],
    ['KnownTypeNames', 'spec: fragments on existing types', `
fragment correctType on Dog {
  name
}

fragment inlineFragment on Dog {
  ... on Dog {
    name
  }
}

fragment inlineFragment2 on Dog {
  ... @include(if: true) {
    name
  }
}`],
    ['KnownTypeNames', 'spec: fragments on types that do not exist', `
fragment notOnExistingType on NotInSchema {
  name
}

fragment inlineNotExistingType on Dog {
  ... on NotInSchema {
    name
  }
}`],
    ['KnownTypeNames', 'unknown variable types, with suggestions', `
query Foo($var: [Dgo!], $other: Boolen) { dog { name } }`],
    ['FragmentsOnCompositeTypes', 'spec: fragments on composite types', `
fragment fragOnObject on Dog {
  name
}

fragment fragOnInterface on Pet {
  name
}

fragment fragOnUnion on CatOrDog {
  ... on Dog {
    name
  }
}`],
    ['FragmentsOnCompositeTypes', 'spec: fragments on scalars', `
fragment fragOnScalar on Int {
  something
}

fragment inlineFragOnScalar on Dog {
  ... on Boolean {
    somethingElse
  }
}`],
    ['NoUnusedFragments', 'spec: an unused fragment', `
fragment nameFragment on Dog { # unused
  name
}

{
  dog {
    name
  }
}`],
    ['NoUnusedFragments', 'fragments used through other fragments', `
{ dog { ...A } }
fragment A on Dog { ...B }
fragment B on Dog { name }
fragment C on Dog { ...D }
fragment D on Dog { name }`],
    ['KnownFragmentNames', 'spec: an undefined fragment', `
{
  dog {
    ...undefinedFragment
  }
}`],
    ['PossibleFragmentSpreads', 'spec: object spreads in object scope', `
fragment dogFragment on Dog {
  ... on Dog {
    barkVolume
  }
}`],
    ['PossibleFragmentSpreads', 'spec: a Cat fragment in Dog scope', `
fragment catInDogFragmentInvalid on Dog {
  ... on Cat {
    meowVolume
  }
}`],
    ['PossibleFragmentSpreads', 'spec: abstract spreads in object scope', `
fragment petNameFragment on Pet {
  name
}

fragment interfaceWithinObjectFragment on Dog {
  ...petNameFragment
}

fragment catOrDogNameFragment on CatOrDog {
  ... on Cat {
    meowVolume
  }
}

fragment unionWithObjectFragment on Dog {
  ...catOrDogNameFragment
}`],
    ['PossibleFragmentSpreads', 'spec: object spreads in abstract scope', `
fragment petFragment on Pet {
  name
  ... on Dog {
    barkVolume
  }
}

fragment catOrDogFragment on CatOrDog {
  ... on Cat {
    meowVolume
  }
}`],
    ['PossibleFragmentSpreads', 'spec: spreads that can never apply in abstract scope', `
fragment sentientFragment on Sentient {
  ... on Dog {
    barkVolume
  }
}

fragment humanOrAlienFragment on HumanOrAlien {
  ... on Cat {
    meowVolume
  }
}`],
    ['PossibleFragmentSpreads', 'spec: abstract spreads in abstract scope', `
fragment unionWithInterface on Pet {
  ...dogOrHumanFragment
}

fragment dogOrHumanFragment on DogOrHuman {
  ... on Dog {
    barkVolume
  }
}`],
    ['PossibleFragmentSpreads', 'spec: disjoint abstract types', `
fragment nonIntersectingInterfaces on Pet {
  ...sentientFragment
}

fragment sentientFragment on Sentient {
  name
}`],
    ['PossibleFragmentSpreads', 'spec: interface spreads in implemented interface scope', `
fragment interfaceWithInterface on Node {
  ...resourceFragment
}

fragment resourceFragment on Resource {
  url
}`],
    ['NoFragmentCycles', 'spec: fragments spreading each other', `
{
  dog {
    ...nameFragment
  }
}

fragment nameFragment on Dog {
  name
  ...barkVolumeFragment
}

fragment barkVolumeFragment on Dog {
  barkVolume
  ...nameFragment
}`],
    ['NoFragmentCycles', 'spec: a cycle through nested fields', `
{
  dog {
    ...dogFragment
  }
}

fragment dogFragment on Dog {
  name
  owner {
    ...ownerFragment
  }
}

fragment ownerFragment on Human {
  name
  pets {
    ...dogFragment
  }
}`],
    ['NoFragmentCycles', 'a fragment spreading itself', `
fragment A on Dog { ...A }`],
    ['NoFragmentCycles', 'a long cycle reported once, with its path', `
fragment A on Dog { ...B }
fragment B on Dog { ...C }
fragment C on Dog { ...D }
fragment D on Dog { ...A }`],
    ['NoFragmentCycles', 'two cycles from one fragment', `
fragment A on Dog { ...B ...C }
fragment B on Dog { ...A }
fragment C on Dog { ...A }`],
  ],
  values: [
    ['ValuesOfCorrectType', 'spec: literals of the right types', `
fragment goodBooleanArg on Arguments {
  booleanArgField(booleanArg: true)
}

query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
  findDog(searchBy: $search) {
    name
  }
}`],
    ['ValuesOfCorrectType', 'spec: literals of the wrong types', `
fragment stringIntoInt on Arguments {
  intArgField(intArg: "123")
}

query badComplexValue {
  findDog(searchBy: { name: 123 }) {
    name
  }
}`],
    ['ValuesOfCorrectType', 'spec: a list coerces from a single value', `
fragment f on Arguments { booleanListArgField(booleanListArg: true) }`],
    ['ValuesOfCorrectType', 'int and float limits', `
fragment f on Arguments {
  a: intArgField(intArg: 2147483647)
  b: intArgField(intArg: 2147483648)
  c: floatArgField(floatArg: 1)
  d: floatArgField(floatArg: "1.5")
  e: intArgField(intArg: 1.0)
}`],
    ['ValuesOfCorrectType', 'enum values', `
fragment f on Dog {
  a: doesKnowCommand(dogCommand: SIT)
  b: doesKnowCommand(dogCommand: "SIT")
  c: doesKnowCommand(dogCommand: sit)
  d: doesKnowCommand(dogCommand: JUMP)
}`],
    ['ValuesOfCorrectType', 'null into non-null', `
fragment f on Arguments {
  nonNullBooleanArgField(nonNullBooleanArg: null)
  booleanListArgField(booleanListArg: null)
}`],
    ['ValuesOfCorrectType', 'spec: input object field names', `
{
  findDog(searchBy: { name: "Fido" }) {
    name
  }
}`],
    ['ValuesOfCorrectType', 'spec: an input object field that does not exist', `
{
  findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
    name
  }
}`],
    ['ValuesOfCorrectType', 'OneOf input objects take exactly one non-null field', `
{
  a: findDog(searchBy: { name: "Fido", owner: "Alice" }) { name }
  b: findDog(searchBy: { name: null }) { name }
  c: findDog(searchBy: {}) { name }
}`],
    ['UniqueInputFieldNames', 'spec: an input field twice', `
{
  field(arg: { field: true, field: false })
}`],
    ['UniqueInputFieldNames', 'the same name at different depths is fine', `
{ findDog(searchBy: { name: "a" }) { name } }`],
  ],
  directives: [
    ['KnownDirectives', 'spec: known directives in their locations', `
query { dog @include(if: true) { name @skip(if: false) ...F @include(if: true) ... @skip(if: false) { name } } }
fragment F on Dog { name }`],
    ['KnownDirectives', 'unknown directives', `
{ dog @unknown { name @another(x: 1) } }`],
    ['KnownDirectives', 'spec: @skip on a query', `
query @skip(if: $foo) {
  field
}`],
    ['KnownDirectives', 'misplaced directives everywhere', `
query Q($v: Int @include(if: true)) @skip(if: true) { dog @deprecated { name } }
fragment F on Dog @include(if: true) { name }`],
    ['UniqueDirectivesPerLocation', 'spec: @skip twice on a field', `
query ($foo: Boolean = true, $bar: Boolean = false) {
  field @skip(if: $foo) @skip(if: $bar)
}`],
    ['UniqueDirectivesPerLocation', 'spec: @skip once on each field', `
query ($foo: Boolean = true, $bar: Boolean = false) {
  field @skip(if: $foo) {
    subfieldA
  }
  field @skip(if: $bar) {
    subfieldB
  }
}`],
    ['UniqueDirectivesPerLocation', 'repeated on fragments and operations', `
query Q @include(if: true) @include(if: false) { dog { ...F @skip(if: true) @skip(if: true) @skip(if: true) } }
fragment F on Dog { name }`],
  ],
  variables: [
    ['UniqueVariableNames', 'spec: a variable defined twice', `
query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
  dog {
    isHouseTrained(atOtherHomes: $atOtherHomes)
  }
}`],
    ['UniqueVariableNames', 'spec: the same name in two operations', `
query A($atOtherHomes: Boolean) {
  ...HouseTrainedFragment
}

query B($atOtherHomes: Boolean) {
  ...HouseTrainedFragment
}

fragment HouseTrainedFragment on Query {
  dog {
    isHouseTrained(atOtherHomes: $atOtherHomes)
  }
}`],
    ['VariablesAreInputTypes', 'spec: input types', `
query takesBoolean($atOtherHomes: Boolean) {
  dog {
    isHouseTrained(atOtherHomes: $atOtherHomes)
  }
}

query takesComplexInput($search: FindDogInput) {
  findDog(searchBy: $search) {
    name
  }
}

query TakesListOfBooleanBang($booleans: [Boolean!]) {
  booleanList(booleanListArg: $booleans)
}`],
    ['VariablesAreInputTypes', 'spec: output types', `
query takesCat($cat: Cat) {
  # ...
}

query takesDogBang($dog: Dog!) {
  # ...
}

query takesListOfPet($pets: [Pet]) {
  # ...
}

query takesCatOrDog($catOrDog: CatOrDog) {
  # ...
}`.replace(/# \.\.\./g, 'dog { name }')],
    ['NoUndefinedVariables', 'spec: defined variables', `
query variableIsDefined($atOtherHomes: Boolean) {
  dog {
    isHouseTrained(atOtherHomes: $atOtherHomes)
  }
}`],
    ['NoUndefinedVariables', 'spec: an undefined variable', `
query variableIsNotDefined {
  dog {
    isHouseTrained(atOtherHomes: $atOtherHomes)
  }
}`],
    ['NoUndefinedVariables', 'spec: through a fragment', `
query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
  dog {
    ...isHouseTrainedFragment
  }
}

fragment isHouseTrainedFragment on Dog {
  isHouseTrained(atOtherHomes: $atOtherHomes)
}`],
    ['NoUndefinedVariables', 'spec: not defined through a fragment', `
query variableIsNotDefinedUsedInSingleFragment {
  dog {
    ...isHouseTrainedFragment
  }
}

fragment isHouseTrainedFragment on Dog {
  isHouseTrained(atOtherHomes: $atOtherHomes)
}`],
    ['NoUndefinedVariables', 'spec: not defined through nested fragments', `
query variableIsNotDefinedUsedInNestedFragment {
  dog {
    ...outerHouseTrainedFragment
  }
}

fragment outerHouseTrainedFragment on Dog {
  ...isHouseTrainedFragment
}

fragment isHouseTrainedFragment on Dog {
  isHouseTrained(atOtherHomes: $atOtherHomes)
}`],
    ['NoUndefinedVariables', 'spec: a fragment used by two operations', `
query housetrainedQueryOne($atOtherHomes: Boolean) {
  dog {
    ...isHouseTrainedFragment
  }
}

query housetrainedQueryTwoNotDefined {
  dog {
    ...isHouseTrainedFragment
  }
}

fragment isHouseTrainedFragment on Dog {
  isHouseTrained(atOtherHomes: $atOtherHomes)
}`],
    ['NoUnusedVariables', 'spec: an unused variable', `
query variableUnused($atOtherHomes: Boolean) {
  dog {
    isHouseTrained
  }
}`],
    ['NoUnusedVariables', 'spec: used through a fragment', `
query variableUsedInFragment($atOtherHomes: Boolean) {
  dog {
    ...isHouseTrainedFragment
  }
}

fragment isHouseTrainedFragment on Dog {
  isHouseTrained(atOtherHomes: $atOtherHomes)
}`],
    ['NoUnusedVariables', 'spec: a fragment that does not use it', `
query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
  dog {
    ...isHouseTrainedWithoutVariableFragment
  }
}

fragment isHouseTrainedWithoutVariableFragment on Dog {
  isHouseTrained
}`],
    ['NoUnusedVariables', 'spec: one of two operations does not use it', `
query queryWithUsedVar($atOtherHomes: Boolean) {
  dog {
    ...isHouseTrainedFragment
  }
}

query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
  dog {
    ...isHouseTrainedFragment
  }
}

fragment isHouseTrainedFragment on Dog {
  isHouseTrained(atOtherHomes: $atOtherHomes)
}`],
    ['VariablesInAllowedPosition', 'spec: Int into Boolean', `
query intCannotGoIntoBoolean($intArg: Int) {
  arguments {
    booleanArgField(booleanArg: $intArg)
  }
}`],
    ['VariablesInAllowedPosition', 'spec: a list into a scalar', `
query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
  arguments {
    booleanArgField(booleanArg: $booleanListArg)
  }
}`],
    ['VariablesInAllowedPosition', 'spec: nullable into non-null', `
query booleanArgQuery($booleanArg: Boolean) {
  arguments {
    nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
  }
}`],
    ['VariablesInAllowedPosition', 'spec: non-null list into a list', `
query nonNullListToList($nonNullBooleanList: [Boolean]!) {
  arguments {
    booleanListArgField(booleanListArg: $nonNullBooleanList)
  }
}`],
    ['VariablesInAllowedPosition', 'spec: nullable list into non-null list', `
query listToNonNullList($booleanList: [Boolean]) {
  arguments {
    nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
  }
}`],
    ['VariablesInAllowedPosition', 'spec: a location default allows a nullable variable', `
query booleanArgQueryWithDefault($booleanArg: Boolean) {
  arguments {
    optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
  }
}`],
    ['VariablesInAllowedPosition', 'spec: a variable default allows a non-null location', `
query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
  arguments {
    nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
  }
}`],
    ['VariablesInAllowedPosition', 'a nullable variable in a OneOf input object', `
query Q($name: String) { findDog(searchBy: { name: $name }) { name } }`],
  ],
  overlapping_fields: [
    ['OverlappingFieldsCanBeMerged', 'spec: identical fields and aliases merge', `
fragment mergeIdenticalFields on Dog {
  name
  name
}

fragment mergeIdenticalAliasesAndFields on Dog {
  otherName: name
  otherName: name
}`],
    ['OverlappingFieldsCanBeMerged', 'spec: an alias hiding another field', `
fragment conflictingBecauseAlias on Dog {
  name: nickname
  name
}`],
    ['OverlappingFieldsCanBeMerged', 'spec: identical arguments and variables merge', `
fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
  doesKnowCommand(dogCommand: SIT)
  doesKnowCommand(dogCommand: SIT)
}

fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
  doesKnowCommand(dogCommand: $dogCommand)
  doesKnowCommand(dogCommand: $dogCommand)
}`],
    ['OverlappingFieldsCanBeMerged', 'spec: differing arguments', `
fragment conflictingArgsOnValues on Dog {
  doesKnowCommand(dogCommand: SIT)
  doesKnowCommand(dogCommand: HEEL)
}

fragment conflictingArgsValueAndVar on Dog {
  doesKnowCommand(dogCommand: SIT)
  doesKnowCommand(dogCommand: $dogCommand)
}

fragment conflictingArgsWithVars on Dog {
  doesKnowCommand(dogCommand: $varOne)
  doesKnowCommand(dogCommand: $varTwo)
}

fragment differingArgs on Dog {
  doesKnowCommand(dogCommand: SIT)
  doesKnowCommand
}`],
    ['OverlappingFieldsCanBeMerged', 'spec: different parents can differ', `
fragment safeDifferingFields on Pet {
  ... on Dog {
    volume: barkVolume
  }
  ... on Cat {
    volume: meowVolume
  }
}

fragment safeDifferingArgs on Pet {
  ... on Dog {
    doesKnowCommand(dogCommand: SIT)
  }
  ... on Cat {
    doesKnowCommand(catCommand: JUMP)
  }
}`],
    ['OverlappingFieldsCanBeMerged', 'spec: but not in their response shapes', `
fragment conflictingDifferingResponses on Pet {
  ... on Dog {
    someValue: nickname
  }
  ... on Cat {
    someValue: meowVolume
  }
}`],
    ['OverlappingFieldsCanBeMerged', 'conflicting sub-fields, reported with all locations', `
{
  dog { owner { x: name } }
  dog { owner { x: pets { name } } }
}`],
    ['OverlappingFieldsCanBeMerged', 'conflicts found through fragments', `
{ dog { ...A ...B x: name } }
fragment A on Dog { x: nickname }
fragment B on Dog { x: barkVolume }`],
    ['OverlappingFieldsCanBeMerged', 'nullable and non-null do not merge', `
{ dog { ... on Dog { n: name } ... on Dog { n: nickname } } }`],
    ['OverlappingFieldsCanBeMerged', 'argument order does not matter', `
fragment f on Arguments {
  multipleRequirements(x: 1, y: 2)
  multipleRequirements(y: 2, x: 1)
}`],
  ],
};
