#pragma once
// The start every command shares: find and read the configuration, set up
// logging, scan the plugin directories.

#include <filesystem>
#include <optional>

#include "cli_args.hpp"
#include "config/config.hpp"
#include "plugins/plugin_registry.hpp"

namespace kvm48::app {

/// Where the configuration comes from, first match wins: --config FILE,
/// $KVM48_CONFIG, ./config/kvm48.yaml, <prefix>/etc/kvm48-server/kvm48.yaml next to
/// the binary, /etc/kvm48-server/kvm48.yaml. nullopt when none of the implicit
/// places has a file (an explicit --config is returned even if missing).
std::optional<std::filesystem::path> locate_config(const ParsedOptions& options);

/// The places locate_config() looks at, for messages.
std::string config_search_path();

/// Reads the configuration (throws kvm48::host::ConfigError) and sets up logging
/// from it, with --log-level overriding log.level. With `required` false and
/// no file found, returns the defaults.
host::Config load_host_config(const ParsedOptions& options, bool required);

/// Scans every plugin directory the configuration names (plugins.strict_permissions
/// applied). With `private_copies`, loads copies made there (a reload: see SharedLibrary).
host::PluginRegistry scan_plugins(const host::Config& config,
                                  const std::optional<std::filesystem::path>& private_copies = {});

}  // namespace kvm48::app
