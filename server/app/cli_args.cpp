#include "cli_args.hpp"

#include <algorithm>

namespace kvm48::app {

std::optional<std::string> ParsedOptions::value(const std::string& name) const {
  const auto it = values_.find(name);
  if (it == values_.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::vector<std::string> ParsedOptions::values(const std::string& name) const {
  const auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

namespace {

const OptionSpec* find_long(const std::vector<OptionSpec>& specs, const std::string& name) {
  const auto it = std::find_if(specs.begin(), specs.end(),
                               [&](const OptionSpec& s) { return s.long_name == name; });
  return it == specs.end() ? nullptr : &*it;
}

const OptionSpec* find_short(const std::vector<OptionSpec>& specs, char name) {
  const auto it = std::find_if(specs.begin(), specs.end(),
                               [&](const OptionSpec& s) { return s.short_name == name; });
  return it == specs.end() ? nullptr : &*it;
}

}  // namespace

ParsedOptions parse_options(const std::vector<std::string>& args,
                            const std::vector<OptionSpec>& specs) {
  ParsedOptions parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      if (i + 1 < args.size()) throw UsageError{"unexpected argument '" + args[i + 1] + "'"};
      break;
    }
    const OptionSpec* spec = nullptr;
    std::optional<std::string> inline_value;
    std::string shown = arg;
    if (arg.rfind("--", 0) == 0) {
      const auto eq = arg.find('=');
      const std::string name = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
      if (eq != std::string::npos) inline_value = arg.substr(eq + 1);
      spec = find_long(specs, name);
      shown = "--" + name;
    } else if (arg.size() == 2 && arg[0] == '-') {
      spec = find_short(specs, arg[1]);
    } else {
      throw UsageError{"unexpected argument '" + arg + "'"};
    }
    if (spec == nullptr) throw UsageError{"unknown option '" + shown + "'"};
    if (!spec->repeatable && parsed.has(spec->long_name)) {
      throw UsageError{"option '" + shown + "' given twice"};
    }
    if (!spec->takes_value) {
      if (inline_value) throw UsageError{"option '" + shown + "' takes no value"};
      parsed.add(spec->long_name, "true");
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size())
        throw UsageError{"option '" + shown + "' needs a value (" + spec->value_name + ")"};
      inline_value = args[++i];
    }
    parsed.add(spec->long_name, *inline_value);
  }
  return parsed;
}

std::string format_options(const std::vector<OptionSpec>& specs) {
  std::vector<std::string> left;
  std::size_t width = 0;
  for (const auto& spec : specs) {
    std::string text = spec.short_name != '\0' ? std::string("-") + spec.short_name + ", " : "    ";
    text += "--" + spec.long_name;
    if (spec.takes_value) text += " " + spec.value_name;
    width = std::max(width, text.size());
    left.push_back(std::move(text));
  }
  std::string out;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    out += "  " + left[i] + std::string(width - left[i].size() + 2, ' ') + specs[i].help + "\n";
  }
  return out;
}

}  // namespace kvm48::app
