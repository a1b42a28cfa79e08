#pragma once
// ${NAME} references in configuration values.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace kvm48::host {

/// Looks an environment variable up; nullopt when it is not set.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;

/// The process environment.
EnvLookup process_environment();

/// Expands `${NAME}` and `${NAME:-fallback}` in `text`; `$${` is a literal `${`.
/// NAME is [A-Za-z_][A-Za-z0-9_]*. Returns the expanded text, or an error
/// message (unset variable without fallback, unterminated or malformed
/// reference). The error names the variable, never its value.
std::variant<std::string, std::string> expand_env(std::string_view text, const EnvLookup& lookup);

}  // namespace kvm48::host
