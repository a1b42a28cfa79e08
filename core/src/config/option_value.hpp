#pragma once
// One plugin option value, converted from YAML to the type the plugin declared.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "config/env_expand.hpp"
#include "kvm48/plugin.hpp"

namespace YAML {
class Node;
}

namespace kvm48::host {

using StringMap = std::vector<std::pair<std::string, std::string>>;
using OptionValue =
    std::variant<std::string, std::int64_t, bool, double, std::vector<std::string>, StringMap>;

/// Converts `node` to `type`, expanding ${ENV} references in every scalar first.
/// On failure returns the reason: "expected an integer, found 'abc'".
std::variant<OptionValue, std::string> convert_option(const YAML::Node& node, ConfigType type,
                                                      const EnvLookup& env);

/// Checks a plugin's declared default (YAML text) against its type; returns the
/// reason it is unusable, or nothing. Defaults are not env-expanded.
std::optional<std::string> check_default_value(const char* yaml_text, ConfigType type);

/// Parses a declared default known to be valid.
OptionValue parse_default_value(const std::string& yaml_text, ConfigType type);

}  // namespace kvm48::host
