// Internal: declares the introspection types on a schema being finalized.
#pragma once

#include "../type/schema.hpp"

namespace kvm48::graphql::detail {

void defineIntrospectionTypes(Schema& schema);

}  // namespace kvm48::graphql::detail
