// `kvm48-server plugins`: what was loaded from the plugin directories, and what
// was refused and why.

#include <algorithm>
#include <iostream>

#include "command.hpp"
#include "exit_codes.hpp"
#include "host/plugin_directories.hpp"
#include "host_setup.hpp"

namespace kvm48::app {
namespace {

std::string pad(const std::string& text, std::size_t width) {
  return text.size() >= width ? text + "  " : text + std::string(width - text.size() + 2, ' ');
}

void print_options(const host::LoadedPlugin& plugin) {
  for (const auto& option : plugin.options) {
    std::cout << "      " << option.name << " (" << to_string(option.type);
    if (option.required) std::cout << ", required";
    if (option.default_value) std::cout << ", default " << *option.default_value;
    std::cout << "): " << option.description << "\n";
  }
}

int run(const ParsedOptions& options) {
  host::Config config = load_host_config(options, false);
  for (const auto& dir : options.values("plugin-dir")) config.plugins.directories.emplace_back(dir);
  const host::PluginRegistry registry = scan_plugins(config);
  const bool verbose = options.has("verbose");

  std::cout << "Plugin directories:\n";
  for (const auto& directory : host::plugin_directories(config.plugins)) {
    std::cout << "  " << directory.string() << "\n";
  }
  std::size_t name_width = 4;
  for (const auto& p : registry.loaded()) name_width = std::max(name_width, p.name.size());
  std::cout << "\nLoaded (" << registry.loaded().size() << "):\n";
  if (!registry.loaded().empty()) {
    std::cout << "  " << pad("NAME", name_width) << pad("KIND", 7) << pad("VERSION", 9) << "FILE\n";
  }
  for (const auto& p : registry.loaded()) {
    std::cout << "  " << pad(p.name, name_width) << pad(std::string(to_string(p.kind)), 7)
              << pad(p.version, 9) << p.file.string() << "\n";
    if (verbose) {
      std::cout << "      " << p.description << "\n";
      print_options(p);
    }
  }
  std::cout << "\nRefused (" << registry.refused().size() << "):\n";
  for (const auto& r : registry.refused())
    std::cout << "  " << r.file.string() << ": " << r.reason << "\n";
  return kExitOk;
}

}  // namespace

Command plugins_command() {
  return {{"plugins"},
          "List the plugins found in the plugin directories, and those refused",
          "Scans the plugin directories (the one next to this binary, then plugins.directories\n"
          "of the configuration, then every --plugin-dir) and lists each plugin loaded, with its\n"
          "name, kind, version and file, and each file refused, with the reason. A configuration\n"
          "file is optional for this command. Exit status 0 unless the configuration is invalid.",
          {{"plugin-dir", '\0', true, true, "DIR", "also scan DIR (repeatable)"},
           {"verbose", 'v', false, false, "", "show each plugin's description and options"}},
          run};
}

}  // namespace kvm48::app
