#include "host/plugin_directories.hpp"

#include <algorithm>
#include <system_error>

#ifndef KVM48_PLUGIN_SUBDIR
#error "KVM48_PLUGIN_SUBDIR must be defined by the build (e.g. lib/kvm48-server/plugins)"
#endif

namespace kvm48::host {

std::filesystem::path install_prefix() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path().parent_path();
}

std::filesystem::path builtin_plugin_directory() {
  return (install_prefix() / KVM48_PLUGIN_SUBDIR).lexically_normal();
}

std::vector<std::filesystem::path> plugin_directories(const PluginsConfig& plugins) {
  std::vector<std::filesystem::path> directories;
  if (plugins.builtin) directories.push_back(builtin_plugin_directory());
  for (const auto& directory : plugins.directories) {
    if (std::find(directories.begin(), directories.end(), directory) == directories.end()) {
      directories.push_back(directory);
    }
  }
  return directories;
}

}  // namespace kvm48::host
