// The specified directives: @include, @skip, @deprecated, @specifiedBy (and @oneOf is
// not part of graphql-js 16.15's default set, so it is left out).
#pragma once

#include <vector>

#include "definition.hpp"

namespace kvm48::graphql {

std::vector<DirectiveDefinition> specifiedDirectives();
bool isSpecifiedDirectiveName(std::string_view name);

}  // namespace kvm48::graphql
