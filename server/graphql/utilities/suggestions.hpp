// "Did you mean ...?" helpers for execution-time messages (variable coercion), after
// graphql-js jsutils/suggestionList.ts and didYouMean.ts. Validation keeps its own
// copy in validation/messages.hpp (namespace kvm48::graphql); these live in detail::
// so the two never clash at link time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kvm48::graphql::detail {

std::vector<std::string> suggestionList(std::string_view input,
                                        const std::vector<std::string>& options);
std::string didYouMean(const std::vector<std::string>& suggestions,
                       std::string_view subMessage = {});

}  // namespace kvm48::graphql::detail
