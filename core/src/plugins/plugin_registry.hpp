#pragma once
// Finds plugin files, checks them, and keeps the ones that pass.

#include <filesystem>
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

  /// Scans one directory (not recursively). A directory that does not exist is
  /// logged and skipped; it is not an error (plugins may all live elsewhere).
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
  std::vector<LoadedPlugin> loaded_;
  std::vector<RefusedPlugin> refused_;
};

}  // namespace kvm48::host
