// JSON text to a Json value, exactly as `Json::parse(text, nullptr, false)` gives it,
// faster for what request bodies hold: strings are copied in runs between the characters
// that need attention instead of byte by byte, and integers are read in place.
//
// Why: nlohmann's lexer, which keeps a copy of every token's bytes for its error
// messages, was the largest cost of reading a GraphQL request (7% of a one-VOD query).
// Anything unusual (a float, an integer that does not fit 64 bits, an invalid or
// unusual text such as a byte-order mark or nesting deeper than 256) goes to
// nlohmann's parser, so the value, or the rejection, never differs.
#pragma once

#include <string_view>

#include "../type/value.hpp"

namespace kvm48::graphql {

// The value of the JSON text, or a discarded value (is_discarded()) when it is not one.
Json parseJson(std::string_view text);

namespace detail {
// The fast reader alone: false when it leaves the text to nlohmann (for tests).
bool parseJsonFast(std::string_view text, Json& out);
}  // namespace detail

}  // namespace kvm48::graphql
