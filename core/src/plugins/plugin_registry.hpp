#pragma once
// Finds plugin files, checks them, and keeps the ones that pass.

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "plugins/loaded_plugin.hpp"

namespace Poco {
class Logger;
}

namespace kvm48::host {

/// The set of plugins available to this process.
///
/// scan() looks at every `*.so` file of a directory (sorted by name, so the
/// outcome is reproducible), reads the descriptor before anything else, and
/// refuses — with one warning line naming the file, what was expected and what
/// was found — a file that is not a loadable library, lacks the descriptor
/// symbol, carries another ABI version, declares an unknown kind or an invalid
/// name, lacks the factory for its kind, declares malformed options, or reuses
/// the name of a plugin already loaded (the first one found wins). A refused
/// library is unloaded at once and none of its functions but the descriptor is
/// ever called.
///
/// Threads: build it on one thread; after that, const member functions may be
/// called from any thread.
class PluginRegistry {
 public:
  PluginRegistry();
  explicit PluginRegistry(Poco::Logger& logger);

  /// Refuse plugin files and directories that are writable by group or others, or owned
  /// by another user than root or this process's (see file_permissions.hpp). On by
  /// default; `plugins.strict_permissions: false` turns it off for development trees.
  void require_safe_permissions(bool require) { require_safe_permissions_ = require; }

  /// From now on, load private copies made in `directory` instead of the files
  /// themselves (see SharedLibrary): for a reload, where a plugin file may have
  /// been replaced by a rebuilt one while the old one is still loaded.
  void load_private_copies(std::filesystem::path directory) {
    private_copy_directory_ = std::move(directory);
  }

  /// Scans one directory (not recursively). A directory that does not exist is
  /// logged and skipped; it is not an error (plugins may all live elsewhere). An
  /// unsafe directory (require_safe_permissions) is refused as a whole, one line.
  void scan(const std::filesystem::path& directory);
  /// Tries one file; returns true when it was loaded.
  bool load_file(const std::filesystem::path& file);

  [[nodiscard]] const std::vector<LoadedPlugin>& loaded() const noexcept { return loaded_; }
  [[nodiscard]] const std::vector<RefusedPlugin>& refused() const noexcept { return refused_; }
  /// The loaded plugin of that name, or nullptr.
  [[nodiscard]] const LoadedPlugin* find(std::string_view name) const noexcept;

 private:
  void refuse(const std::filesystem::path& file, std::string reason);

  Poco::Logger& logger_;
  bool require_safe_permissions_ = true;
  std::optional<std::filesystem::path> private_copy_directory_;
  std::vector<LoadedPlugin> loaded_;
  std::vector<RefusedPlugin> refused_;
};

}  // namespace kvm48::host
