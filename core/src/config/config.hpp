#pragma once
// The host configuration, as typed structs. Defaults here are the documented
// defaults of config/kvm48.yaml; keep the two in step.

#include <filesystem>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace kvm48::host {

struct LogConfig {
  /// trace, debug, information, notice, warning, error, critical, fatal, none
  std::string level = "information";
};

struct PluginsConfig {
  /// Scan the plugin directory that belongs to this binary
  /// (<prefix>/lib/kvm48-server/plugins, in the build tree and when installed).
  bool builtin = true;
  /// More directories, scanned after the built-in one, in order.
  std::vector<std::filesystem::path> directories;
};

/// One plugin instance: the backend, or one source.
struct InstanceConfig {
  std::string name;    ///< instance name, unique among sources ("live48")
  std::string plugin;  ///< plugin name ("live48_web")
  bool enabled = true;  ///< sources only: a disabled source is neither checked nor run
  YAML::Node options;    ///< checked against the plugin's declared options later
  std::string key_path;  ///< "backend" or "sources[0]", for messages
  int line = 0;          ///< where the instance is defined
  int column = 0;
};

struct Config {
  std::filesystem::path file;  ///< the file it was read from
  LogConfig log;
  PluginsConfig plugins;
  InstanceConfig backend;
  std::vector<InstanceConfig> sources;
};

}  // namespace kvm48::host
