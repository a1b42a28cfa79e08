#pragma once
// What the host knows about one plugin file it has accepted or refused.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kvm48/plugin.hpp"

namespace kvm48::host {

class SharedLibrary;

/// One option a plugin declares, copied out of the plugin's static ConfigKey so
/// it stays valid independently of the library.
struct OptionSpec {
  std::string name;
  ConfigType type = ConfigType::string;
  bool required = false;
  std::optional<std::string> default_value;  ///< YAML text
  std::string description;
};

/// A plugin that passed every check. Copyable; copies share the library, which
/// stays loaded while any copy or any instance created from it is alive.
struct LoadedPlugin {
  std::filesystem::path file;
  PluginKind kind = PluginKind::source;
  std::string name;
  std::string version;
  std::string description;
  std::vector<OptionSpec> options;

  std::shared_ptr<SharedLibrary> library;
  /// The factory for `kind` (SourceFactory* or BackendFactory*), resolved at load.
  void* factory = nullptr;
};

/// A file that looked like a plugin and was not loaded, with the one-line reason
/// ("plugin ABI version: expected 1, found 2").
struct RefusedPlugin {
  std::filesystem::path file;
  std::string reason;
};

}  // namespace kvm48::host
