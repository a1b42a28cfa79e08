// The specified scalars Int, Float, String, Boolean, ID with graphql-js 16's coercion
// rules and messages (type/scalars.ts). Int is 32-bit signed.
#pragma once

#include <memory>

#include "definition.hpp"

namespace kvm48::graphql {

std::unique_ptr<ScalarType> makeIntScalar();
std::unique_ptr<ScalarType> makeFloatScalar();
std::unique_ptr<ScalarType> makeStringScalar();
std::unique_ptr<ScalarType> makeBooleanScalar();
std::unique_ptr<ScalarType> makeIdScalar();
bool isSpecifiedScalarName(std::string_view name);

}  // namespace kvm48::graphql
