#pragma once
// Creating plugin instances: calling a plugin's factory with the services the
// host lends, and tying the library's lifetime to the object.

#include <memory>
#include <stdexcept>
#include <string>

#include "config/option_values.hpp"
#include "kvm48/backend.hpp"
#include "kvm48/source.hpp"
#include "plugins/loaded_plugin.hpp"

namespace kvm48::host {

class PluginRegistry;

/// A factory returned nullptr. Carries the plugin's Status (its key(), if any,
/// names the option at fault).
class PluginInstanceError : public std::runtime_error {
 public:
  PluginInstanceError(const std::string& what, Status status)
      : std::runtime_error(what), status_(std::move(status)) {}
  [[nodiscard]] const Status& status() const noexcept { return status_; }

 private:
  Status status_;
};

/// Calls the plugin's factory for one instance named `instance_name`.
///
/// The returned pointer owns, besides the object, the instance's logger and
/// options (which the object may reference) and the plugin library: the object
/// is destroyed first, then the services, and the library is unloaded only after
/// that. Throws PluginInstanceError when the factory fails and
/// std::invalid_argument when `plugin` is not of the requested kind.
std::shared_ptr<Source> create_source(const LoadedPlugin& plugin, const std::string& instance_name,
                                      OptionValues options);
std::shared_ptr<Backend> create_backend(const LoadedPlugin& plugin,
                                        const std::string& instance_name, OptionValues options);

/// For tests and tools: the backend `plugin` of `registry`, with options given as
/// YAML text ("path: /tmp/x.db"). Throws ConfigError for bad options,
/// PluginInstanceError when the factory fails, std::invalid_argument when no
/// such backend plugin is loaded.
std::shared_ptr<Backend> create_backend_from_yaml(const PluginRegistry& registry,
                                                  const std::string& plugin,
                                                  const std::string& options_yaml,
                                                  const std::string& instance_name = "backend");
/// The same for a source plugin.
std::shared_ptr<Source> create_source_from_yaml(const PluginRegistry& registry,
                                                const std::string& plugin,
                                                const std::string& options_yaml,
                                                const std::string& instance_name);

}  // namespace kvm48::host
