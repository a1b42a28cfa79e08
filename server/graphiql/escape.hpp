#pragma once
// Escaping for the two contexts the GraphiQL page inserts text into.

#include <string>
#include <string_view>

namespace kvm48::graphiql {

/// `text` as the value of a double-quoted HTML attribute: & < > " ' become character
/// references.
std::string escape_html_attribute(std::string_view text);

/// `text` (UTF-8) as a double-quoted JavaScript string literal, quotes included, that is also
/// safe inside an HTML <script> element: besides \ and ", control characters, < > & ' and
/// U+2028/U+2029 are written as \uXXXX, so no "</script>" or "<!--" can appear.
std::string js_string_literal(std::string_view text);

}  // namespace kvm48::graphiql
