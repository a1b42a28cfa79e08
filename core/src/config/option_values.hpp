#pragma once
// The host's implementation of kvm48::ConfigView: a plugin instance's options,
// checked against the plugin's declared option list.

#include <map>
#include <string>
#include <vector>

#include "config/config_issue.hpp"
#include "config/env_expand.hpp"
#include "config/option_value.hpp"
#include "config/yaml_mark.hpp"
#include "kvm48/config_view.hpp"
#include "plugins/loaded_plugin.hpp"

namespace YAML {
class Node;
}

namespace kvm48::host {

class OptionValues final : public ConfigView {
 public:
  OptionValues() = default;

  /// Checks `options` (a YAML map, or null/undefined for "no options") against
  /// `specs`: unknown keys (with a "did you mean" hint), missing required keys,
  /// values of the wrong type, ${ENV} references that cannot be expanded. Each
  /// problem is appended to `issues` as file:line:column `key_path.key`; the
  /// returned values hold what could be read, with defaults applied.
  static OptionValues parse(const YAML::Node& options, const std::vector<OptionSpec>& specs,
                            const std::string& file, const std::string& key_path,
                            const EnvLookup& env, ConfigIssues& issues);

  /// Where a key's value was written (for a plugin's config_error about it);
  /// the options map itself when the key was not written.
  [[nodiscard]] SourceMark mark_of(const std::string& key) const;

  [[nodiscard]] bool has(std::string_view key) const noexcept override;
  [[nodiscard]] std::optional<std::string> string(std::string_view key) const noexcept override;
  [[nodiscard]] std::optional<std::int64_t> integer(std::string_view key) const noexcept override;
  [[nodiscard]] std::optional<bool> boolean(std::string_view key) const noexcept override;
  [[nodiscard]] std::optional<double> number(std::string_view key) const noexcept override;
  [[nodiscard]] std::optional<std::vector<std::string>> string_list(
      std::string_view key) const noexcept override;
  [[nodiscard]] std::optional<StringMap> string_map(std::string_view key) const noexcept override;

  [[nodiscard]] const std::map<std::string, OptionValue, std::less<>>& values() const noexcept {
    return values_;
  }

 private:
  template <class T>
  std::optional<T> get(std::string_view key) const noexcept;

  std::map<std::string, OptionValue, std::less<>> values_;
  std::map<std::string, SourceMark, std::less<>> marks_;
  SourceMark map_mark_;
};

}  // namespace kvm48::host
