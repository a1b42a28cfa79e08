// The differential test schema (tests/differential/schema.graphql) built through the
// engine's C++ API, with resolvers over the fixture data (data.json) that behave exactly
// like resolvers.mjs. A change to either side must be mirrored on the other; the
// "schema prints identically" check catches drift in the type definitions.
#pragma once

#include <memory>

#include "graphql/type/schema.hpp"

namespace kvm48::graphql::differential {

// `data` is the parsed data.json; the schema keeps its own copy. Throws SchemaError.
std::unique_ptr<Schema> buildTestSchema(const Json& data);

}  // namespace kvm48::graphql::differential
