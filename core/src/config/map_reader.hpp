#pragma once
// Reads one YAML map of the host configuration into typed fields, collecting
// every problem (wrong type, unknown key, missing key) with its position.

#include <cstdint>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "config/config_issue.hpp"
#include "config/env_expand.hpp"

namespace kvm48::host {

/// Usage: construct over a map node, call read()/required()/child() once per
/// key the section knows, then finish() to report the keys nobody asked for.
class MapReader {
 public:
  MapReader(YAML::Node node, std::string path, const std::string& file, const EnvLookup& env,
            ConfigIssues& issues);

  /// Reads `key` into `out` when present; leaves `out` (the default) otherwise.
  void read(const std::string& key, std::string& out);
  void read(const std::string& key, std::int64_t& out);
  void read(const std::string& key, int& out);
  void read(const std::string& key, bool& out);
  void read(const std::string& key, double& out);
  void read(const std::string& key, std::vector<std::string>& out);
  /// Like read(), and reports the value when it falls outside [low, high].
  template <class T>
  void read_bounded(const std::string& key, T& out, std::int64_t low, std::int64_t high) {
    read(key, out);
    if (static_cast<std::int64_t>(out) < low || static_cast<std::int64_t>(out) > high) {
      report(peek(key), join(key),
             "expected " + std::to_string(low) + " to " + std::to_string(high) + ", found " +
                 std::to_string(out));
    }
  }
  /// Like read(), and reports the key when it is missing.
  template <class T>
  void required(const std::string& key, T& out) {
    if (!peek(key).IsDefined()) report(node_, join(key), "required key is missing");
    read(key, out);
  }
  /// A nested node the caller reads itself (e.g. with another MapReader); an
  /// undefined node when absent. Marks the key as known.
  YAML::Node child(const std::string& key);
  /// The value of `key` without marking it known (for positions in messages).
  [[nodiscard]] YAML::Node peek(const std::string& key) const;

  /// Reports every key of the map that was not read, with a "did you mean".
  void finish();

  [[nodiscard]] std::string join(const std::string& key) const;
  void report(const YAML::Node& at, const std::string& key, std::string message);
  [[nodiscard]] bool valid() const noexcept { return valid_; }

 private:
  /// The value of `key` as expanded scalar text, or nothing (missing or reported).
  std::optional<std::string> scalar(const std::string& key, const char* expected);

  YAML::Node node_;
  std::string path_;
  const std::string& file_;
  const EnvLookup& env_;
  ConfigIssues& issues_;
  std::vector<std::string> known_;
  bool valid_ = true;
};

}  // namespace kvm48::host
