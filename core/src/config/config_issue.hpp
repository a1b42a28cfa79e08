#pragma once
// Configuration errors that say where: file, line, column and key path.

#include <stdexcept>
#include <string>
#include <vector>

namespace kvm48::host {

/// One problem found in a configuration file.
struct ConfigIssue {
  std::string file;
  int line = 0;     ///< 1-based; 0 when unknown
  int column = 0;   ///< 1-based; 0 when unknown
  std::string key;  ///< dotted path, e.g. "backend.options.path" or "sources[1].plugin"
  std::string message;

  /// "config/kvm48.yaml:12:5: backend.options.path: expected a string, found a sequence"
  [[nodiscard]] std::string to_string() const;
};

using ConfigIssues = std::vector<ConfigIssue>;

/// Thrown by the configuration loader when the file has one problem or more;
/// what() lists them all, one per line.
class ConfigError : public std::runtime_error {
 public:
  explicit ConfigError(ConfigIssues issues);
  [[nodiscard]] const ConfigIssues& issues() const noexcept { return issues_; }

 private:
  ConfigIssues issues_;
};

}  // namespace kvm48::host
