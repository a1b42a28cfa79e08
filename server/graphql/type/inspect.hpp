// graphql-js's inspect() and JavaScript number-to-string, for error messages that must
// read exactly like graphql-js's (e.g. `Int cannot represent non-integer value: "abc"`).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace kvm48::graphql {

// String(n) in JavaScript: 1 -> "1", 1.5 -> "1.5", 1e21 -> "1e+21".
std::string jsNumberToString(double n);
// graphql-js inspect(): strings JSON-quoted, arrays `[1, 2]`, objects `{ a: 1 }`.
std::string inspect(const nlohmann::ordered_json& value);

}  // namespace kvm48::graphql
