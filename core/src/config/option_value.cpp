#include "config/option_value.hpp"

#include <yaml-cpp/yaml.h>

#include "config/scalar.hpp"

namespace kvm48::host {
namespace {

using Converted = std::variant<OptionValue, std::string>;

Converted fail(std::string message) {
  return Converted(std::in_place_index<1>, std::move(message));
}

std::string article(ConfigType type) {
  return type == ConfigType::integer ? "an integer" : "a " + std::string(to_string(type));
}

/// The scalar's text with ${ENV} expanded, or an error.
std::variant<std::string, std::string> scalar_text(const YAML::Node& node, const EnvLookup& env) {
  if (!env) return std::variant<std::string, std::string>(std::in_place_index<0>, node.Scalar());
  return expand_env(node.Scalar(), env);
}

Converted convert_scalar(const YAML::Node& node, ConfigType type, const EnvLookup& env) {
  if (!node.IsScalar()) return fail("expected " + article(type) + ", found " + describe_node(node));
  auto text = scalar_text(node, env);
  if (text.index() == 1) return fail(std::get<1>(text));
  const std::string& value = std::get<0>(text);
  const auto mismatch = [&] {
    return fail("expected " + article(type) + ", found '" + value + "'");
  };
  switch (type) {
    case ConfigType::string: return OptionValue(value);
    case ConfigType::integer:
      if (auto v = parse_integer(value)) return OptionValue(*v);
      return mismatch();
    case ConfigType::boolean:
      if (auto v = parse_boolean(value)) return OptionValue(*v);
      return mismatch();
    case ConfigType::number:
      if (auto v = parse_number(value)) return OptionValue(*v);
      return mismatch();
    default: return mismatch();
  }
}

Converted convert_list(const YAML::Node& node, const EnvLookup& env) {
  if (!node.IsSequence()) return fail("expected a list of strings, found " + describe_node(node));
  std::vector<std::string> items;
  for (std::size_t i = 0; i < node.size(); ++i) {
    auto item = convert_scalar(node[i], ConfigType::string, env);
    if (item.index() == 1) return fail("item " + std::to_string(i) + ": " + std::get<1>(item));
    items.push_back(std::get<std::string>(std::get<0>(item)));
  }
  return OptionValue(std::move(items));
}

Converted convert_map(const YAML::Node& node, const EnvLookup& env) {
  if (!node.IsMap()) return fail("expected a map of strings, found " + describe_node(node));
  StringMap entries;
  for (const auto& entry : node) {
    if (!entry.first.IsScalar())
      return fail("expected string keys, found " + describe_node(entry.first));
    auto value = convert_scalar(entry.second, ConfigType::string, env);
    if (value.index() == 1)
      return fail("key '" + entry.first.Scalar() + "': " + std::get<1>(value));
    entries.emplace_back(entry.first.Scalar(), std::get<std::string>(std::get<0>(value)));
  }
  return OptionValue(std::move(entries));
}

}  // namespace

Converted convert_option(const YAML::Node& node, ConfigType type, const EnvLookup& env) {
  switch (type) {
    case ConfigType::string_list: return convert_list(node, env);
    case ConfigType::string_map: return convert_map(node, env);
    default: return convert_scalar(node, type, env);
  }
}

std::optional<std::string> check_default_value(const char* yaml_text, ConfigType type) {
  try {
    const auto converted = convert_option(YAML::Load(yaml_text), type, EnvLookup{});
    if (converted.index() == 1) return std::get<1>(converted);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    return "not YAML: " + e.msg;
  }
}

OptionValue parse_default_value(const std::string& yaml_text, ConfigType type) {
  return std::get<0>(convert_option(YAML::Load(yaml_text), type, EnvLookup{}));
}

}  // namespace kvm48::host
