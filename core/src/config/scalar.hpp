#pragma once
// Strict parsing of YAML scalars (YAML 1.2 core schema, decimal only).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace YAML {
class Node;
}

namespace kvm48::host {

/// "-12", "+7", "1_000" is not accepted; out-of-range values are not accepted.
std::optional<std::int64_t> parse_integer(std::string_view text);
/// true/True/TRUE/false/False/FALSE.
std::optional<bool> parse_boolean(std::string_view text);
/// A finite decimal number ("1.5", "-2", "1e3").
std::optional<double> parse_number(std::string_view text);

/// How a node reads in an error message: "a map", "a sequence", "null", "'text'".
std::string describe_node(const YAML::Node& node);

}  // namespace kvm48::host
