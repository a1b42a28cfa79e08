// Text helpers that make validation messages read exactly like graphql-js's:
// "Did you mean ...?" suggestions (jsutils/suggestionList.ts, didYouMean.ts) and the
// printing of value literals and type references (language/printer.ts).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../language/ast.hpp"

namespace kvm48::graphql {

// Options within edit distance floor(0.4 * |input|) + 1 of `input` (case changes count
// one), closest first, ties in natural order.
std::vector<std::string> suggestionList(std::string_view input,
                                        const std::vector<std::string>& options);
// "" or " Did you mean [subMessage ]"a", "b", or "c"?" (at most 5 suggestions).
std::string didYouMean(const std::vector<std::string>& suggestions,
                       std::string_view subMessage = {});
// graphql-js naturalCompare: digit runs compare as numbers.
int naturalCompare(std::string_view a, std::string_view b);

std::string printValue(const ast::ValueNode& value);
std::string printTypeNode(const ast::TypeNode& type);
std::string printString(std::string_view value);  // a JSON-like quoted string

}  // namespace kvm48::graphql
