#pragma once
// The command line, parsed: a command, its options, and the options every
// command takes.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kvm48::app {

/// An option a command accepts.
struct OptionSpec {
  std::string long_name;   ///< "config" for --config
  char short_name = '\0';  ///< 'c' for -c, or '\0'
  bool takes_value = false;
  bool repeatable = false;
  std::string value_name;  ///< "FILE", for help
  std::string help;
};

/// Options given on the command line, by long name. A flag maps to "true";
/// a repeatable option keeps every value in order.
class ParsedOptions {
 public:
  void add(const std::string& name, std::string value) {
    values_[name].push_back(std::move(value));
  }
  [[nodiscard]] bool has(const std::string& name) const { return values_.count(name) != 0; }
  [[nodiscard]] std::optional<std::string> value(const std::string& name) const;
  [[nodiscard]] std::vector<std::string> values(const std::string& name) const;

 private:
  std::map<std::string, std::vector<std::string>> values_;
};

/// Thrown for a malformed command line; the message is shown with a hint to --help.
struct UsageError {
  std::string message;
};

/// Parses `args` (after the command words) against `specs`. GNU style:
/// --name VALUE, --name=VALUE, -c VALUE, --flag; "--" ends options. Throws
/// UsageError for an unknown option, a missing value, a repeated option that is
/// not repeatable, or a positional argument.
ParsedOptions parse_options(const std::vector<std::string>& args,
                            const std::vector<OptionSpec>& specs);

/// Help lines for `specs`, aligned.
std::string format_options(const std::vector<OptionSpec>& specs);

}  // namespace kvm48::app
