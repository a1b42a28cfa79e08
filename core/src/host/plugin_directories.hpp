#pragma once
// Where the host looks for plugins.

#include <filesystem>
#include <vector>

#include "config/config.hpp"

namespace kvm48::host {

/// The prefix the running binary belongs to: <dir of the executable>/.. (the build tree, or
/// the install prefix, e.g. /usr for the Debian package).
std::filesystem::path install_prefix();

/// The plugin directory that belongs to the running binary: <install_prefix()>/<libdir>/
/// kvm48-server/plugins, with the build's libdir (lib, or lib/x86_64-linux-gnu when the
/// prefix is /usr on Debian). The build tree and an install prefix share this layout, so it
/// is right in both.
std::filesystem::path builtin_plugin_directory();

/// The directories to scan, in order: the built-in one (unless
/// plugins.builtin is false), then plugins.directories (relative paths are
/// relative to the working directory).
std::vector<std::filesystem::path> plugin_directories(const PluginsConfig& plugins);

}  // namespace kvm48::host
