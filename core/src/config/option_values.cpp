#include "config/option_values.hpp"

#include <algorithm>
#include <set>

#include <yaml-cpp/yaml.h>

#include "config/scalar.hpp"
#include "config/suggest.hpp"

namespace kvm48::host {
namespace {

std::string join_key(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

}  // namespace

OptionValues OptionValues::parse(const YAML::Node& options, const std::vector<OptionSpec>& specs,
                                 const std::string& file, const std::string& key_path,
                                 const EnvLookup& env, ConfigIssues& issues) {
  OptionValues result;
  result.map_mark_ = source_mark(options);
  const auto report = [&](SourceMark at, const std::string& key, std::string message) {
    issues.push_back({file, at.line, at.column, key, std::move(message)});
  };
  std::vector<std::string> known;
  for (const auto& spec : specs) known.push_back(spec.name);

  if (options.IsDefined() && !options.IsNull() && !options.IsMap()) {
    report(result.map_mark_, key_path,
           "expected a map of options, found " + describe_node(options));
    return result;
  }
  std::set<std::string> written;  // present in the YAML, valid or not
  if (options.IsMap()) {
    for (const auto& entry : options) {
      const std::string key = entry.first.Scalar();
      const SourceMark at = source_mark(entry.first);
      written.insert(key);
      const auto spec = std::find_if(specs.begin(), specs.end(),
                                     [&](const OptionSpec& s) { return s.name == key; });
      if (spec == specs.end()) {
        report(at, join_key(key_path, key), "unknown option" + did_you_mean(key, known));
        continue;
      }
      auto converted = convert_option(entry.second, spec->type, env);
      if (converted.index() == 1) {
        report(source_mark(entry.second), join_key(key_path, key), std::get<1>(converted));
        continue;
      }
      result.values_[key] = std::move(std::get<0>(converted));
      result.marks_[key] = source_mark(entry.second);
    }
  }
  for (const auto& spec : specs) {
    if (written.count(spec.name) != 0) continue;
    if (spec.default_value) {
      result.values_[spec.name] = parse_default_value(*spec.default_value, spec.type);
    } else if (spec.required) {
      report(result.map_mark_, join_key(key_path, spec.name),
             "required option is missing (" + std::string(to_string(spec.type)) + ": " +
                 spec.description + ")");
    }
  }
  return result;
}

SourceMark OptionValues::mark_of(const std::string& key) const {
  const auto it = marks_.find(key);
  return it == marks_.end() ? map_mark_ : it->second;
}

template <class T>
std::optional<T> OptionValues::get(std::string_view key) const noexcept {
  const auto it = values_.find(key);
  if (it == values_.end()) return std::nullopt;
  if (const T* value = std::get_if<T>(&it->second)) return *value;
  return std::nullopt;
}

bool OptionValues::has(std::string_view key) const noexcept {
  return values_.find(key) != values_.end();
}

std::optional<std::string> OptionValues::string(std::string_view key) const noexcept {
  return get<std::string>(key);
}

std::optional<std::int64_t> OptionValues::integer(std::string_view key) const noexcept {
  return get<std::int64_t>(key);
}

std::optional<bool> OptionValues::boolean(std::string_view key) const noexcept {
  return get<bool>(key);
}

std::optional<double> OptionValues::number(std::string_view key) const noexcept {
  return get<double>(key);
}

std::optional<std::vector<std::string>> OptionValues::string_list(
    std::string_view key) const noexcept {
  return get<std::vector<std::string>>(key);
}

std::optional<StringMap> OptionValues::string_map(std::string_view key) const noexcept {
  return get<StringMap>(key);
}

}  // namespace kvm48::host
