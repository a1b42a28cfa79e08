#pragma once
// Test access to a backend plugin through the host's plugin loader
// (kvm48::host::PluginRegistry over the build tree's plugin directory): a
// backend built from a plugin name and a YAML options text, as kvm48-server
// builds it from its configuration.

#include <memory>
#include <string>

#include "kvm48/backend.hpp"

namespace kvm48::test {

/// A backend instance; owns it, and through it keeps its library loaded.
class LoadedBackend {
 public:
  explicit LoadedBackend(std::shared_ptr<Backend> backend) noexcept
      : backend_(std::move(backend)) {}
  Backend* operator->() const noexcept { return backend_.get(); }
  Backend& operator*() const noexcept { return *backend_; }

 private:
  std::shared_ptr<Backend> backend_;
};

/// Builds (does not open) a backend instance of `plugin` with these options.
/// Throws std::runtime_error with the loader's, the host's or the factory's
/// message on failure.
LoadedBackend create_backend(const std::string& plugin, const std::string& options_yaml);

/// Builds and opens (migrating) a backend; throws std::runtime_error on failure.
LoadedBackend open_backend(const std::string& plugin, const std::string& options_yaml);

/// The Status a factory gave for these options (ok if it built an instance).
/// Options the host itself rejects (wrong type, unknown key) are also
/// invalid_config, with the host's message.
Status factory_status(const std::string& plugin, const std::string& options_yaml);

}  // namespace kvm48::test
