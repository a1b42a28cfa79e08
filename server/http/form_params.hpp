#pragma once
// application/x-www-form-urlencoded: URL query strings and form bodies.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kvm48::http {

using FormParams = std::vector<std::pair<std::string, std::string>>;

/// Decodes "a=1&b=x+y%21" into pairs in order ('+' is a space, %XX a byte). nullopt when a
/// percent escape is malformed. The bytes are returned as sent: check UTF-8 separately.
std::optional<FormParams> parse_form(std::string_view text);

/// The first value of `name`, or nullopt.
std::optional<std::string> form_value(const FormParams& params, std::string_view name);

}  // namespace kvm48::http
