// Introspection (spec section 4): the __Schema/__Type/... types with their resolvers
// and the __schema, __type and __typename meta-fields. Schema::finalize() calls
// addIntrospectionTypes(); nothing else needs to.
//
// Runtime values: the resolvers pass C++ pointers into the (immutable) schema around
// as Value::object(const T*), T being Schema, Type, FieldDefinition, InputValue,
// EnumValueDefinition or DirectiveDefinition.
#pragma once

#include "../type/schema.hpp"

namespace kvm48::graphql {

void addIntrospectionTypes(Schema& schema);
// Called by finalize() once the type map exists.
void attachIntrospectionResolvers(Schema& schema);

// graphql-js getIntrospectionQuery() with its default options (16.15), for tests,
// benchmarks and the limits' sanity check.
const std::string& introspectionQuery();

}  // namespace kvm48::graphql
