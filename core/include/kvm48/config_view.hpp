#pragma once
// Read-only view of one plugin instance's options, validated by the host.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kvm48 {

/// The options of one plugin instance (the `options:` map under its entry in the
/// YAML config), after the host has checked them against the ConfigKey list of
/// the plugin's descriptor: no unknown key, every required key present, every
/// value of its declared type, `${ENV}` references expanded, defaults applied.
///
/// So a getter of the declared type returns a value for every key that is
/// required or has a default, and std::nullopt only for an optional key without a
/// default that the user left out (or for a key or type the descriptor does not
/// declare, which is a bug in the plugin).
///
/// Ownership: the host owns it; it outlives the plugin instance it is lent to.
/// Threads: immutable; any thread may read it. Never throws.
class ConfigView {
 public:
  virtual ~ConfigView() = default;

  [[nodiscard]] virtual bool has(std::string_view key) const noexcept = 0;
  [[nodiscard]] virtual std::optional<std::string> string(std::string_view key) const noexcept = 0;
  [[nodiscard]] virtual std::optional<std::int64_t> integer(
      std::string_view key) const noexcept = 0;
  [[nodiscard]] virtual std::optional<bool> boolean(std::string_view key) const noexcept = 0;
  [[nodiscard]] virtual std::optional<double> number(std::string_view key) const noexcept = 0;
  [[nodiscard]] virtual std::optional<std::vector<std::string>> string_list(
      std::string_view key) const noexcept = 0;
  /// A map of strings, in the order the YAML gives its keys.
  [[nodiscard]] virtual std::optional<std::vector<std::pair<std::string, std::string>>> string_map(
      std::string_view key) const noexcept = 0;

 protected:
  ConfigView() = default;
  ConfigView(const ConfigView&) = default;
  ConfigView& operator=(const ConfigView&) = default;
};

}  // namespace kvm48
