// Compact JSON text of a Json value, byte for byte what
// `dump(-1, ' ', false, error_handler_t::replace)` gives, written faster: strings are
// copied in runs between the characters that need escaping instead of byte by byte, and
// the text is appended to a caller's buffer (no intermediate strings).
//
// Why: answers are mostly strings (titles, stream URLs), and nlohmann's serializer,
// which decodes every byte through its UTF-8 automaton, was the largest single cost of a
// big answer. Anything unusual (a float, a binary value, a string that is not valid
// UTF-8) goes through nlohmann's own serializer, so the output never differs.
#pragma once

#include <string>
#include <string_view>

#include "../type/value.hpp"

namespace kvm48::graphql {

// Appends the compact JSON text of `value` to `out`.
void writeJson(const Json& value, std::string& out);

// Appends `text` as a JSON string, as writeJson(Json(text), out) would.
void writeJsonString(std::string_view text, std::string& out);

// The compact JSON text of `value`.
std::string toJsonText(const Json& value);

}  // namespace kvm48::graphql
