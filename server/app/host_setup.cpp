#include "host_setup.hpp"

#include <cstdlib>

#include "cli_args.hpp"
#include "config/config_issue.hpp"
#include "config/config_loader.hpp"
#include "host/plugin_directories.hpp"
#include "logging/log_setup.hpp"

namespace kvm48::app {
namespace {

std::vector<std::filesystem::path> implicit_config_paths() {
  std::vector<std::filesystem::path> paths;
  if (const char* env = std::getenv("KVM48_CONFIG"); env != nullptr && *env != '\0') {
    paths.emplace_back(env);
  }
  paths.emplace_back("config/kvm48.yaml");
  // A /usr/local (or private) prefix keeps its config under <prefix>/etc; the Debian package
  // (prefix /usr) installs it in /etc.
  paths.push_back((host::install_prefix() / "etc/kvm48-server/kvm48.yaml").lexically_normal());
  paths.emplace_back("/etc/kvm48-server/kvm48.yaml");
  return paths;
}

}  // namespace

std::optional<std::filesystem::path> locate_config(const ParsedOptions& options) {
  if (auto explicit_path = options.value("config")) return std::filesystem::path(*explicit_path);
  for (const auto& path : implicit_config_paths()) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) return path;
  }
  return std::nullopt;
}

std::string config_search_path() {
  std::string text;
  for (const auto& path : implicit_config_paths())
    text += (text.empty() ? "" : ", ") + path.string();
  return text;
}

host::Config load_host_config(const ParsedOptions& options, bool required) {
  const auto level_override = options.value("log-level");
  host::setup_logging(level_override.value_or("information"));
  if (level_override && host::log_priority(*level_override) < 0) {
    throw UsageError{
        "--log-level: expected trace, debug, information, notice, warning, error, "
        "critical, fatal or none, found '" +
        *level_override + "'"};
  }
  host::Config config;
  if (const auto path = locate_config(options)) {
    config = host::load_config(*path);
  } else if (required) {
    throw host::ConfigError({{"(none)", 0, 0, "",
                              "no configuration file found; looked at " + config_search_path() +
                                  "; give one with --config FILE"}});
  }
  host::setup_logging(level_override.value_or(config.log.level), config.log.format);
  return config;
}

host::PluginRegistry scan_plugins(const host::Config& config,
                                  const std::optional<std::filesystem::path>& private_copies) {
  host::PluginRegistry registry;
  registry.require_safe_permissions(config.plugins.strict_permissions);
  if (private_copies) registry.load_private_copies(*private_copies);
  for (const auto& directory : host::plugin_directories(config.plugins)) registry.scan(directory);
  return registry;
}

}  // namespace kvm48::app
