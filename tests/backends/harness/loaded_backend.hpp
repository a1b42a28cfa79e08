#pragma once
// Test access to a backend plugin through the host's plugin loader: a backend
// built from a plugin name and a YAML options text, as kvm48-server builds it.

#include <memory>
#include <string>

#include "kvm48/backend.hpp"

namespace kvm48::test {

/// A backend instance loaded from the build tree's plugin directory. Owns the
/// instance and keeps its library loaded until the instance is destroyed.
class LoadedBackend {
 public:
  LoadedBackend(std::shared_ptr<void> keep_alive, std::unique_ptr<Backend> backend) noexcept
      : keep_alive_(std::move(keep_alive)), backend_(std::move(backend)) {}
  LoadedBackend(LoadedBackend&&) noexcept = default;
  LoadedBackend& operator=(LoadedBackend&&) noexcept = default;
  ~LoadedBackend() { backend_.reset(); }  // the instance goes before its library

  Backend* operator->() const noexcept { return backend_.get(); }
  Backend& operator*() const noexcept { return *backend_; }

 private:
  std::shared_ptr<void> keep_alive_;
  std::unique_ptr<Backend> backend_;
};

/// Builds (does not open) a backend instance of `plugin` with these options.
/// Throws std::runtime_error with the loader's or the factory's message on failure.
LoadedBackend create_backend(const std::string& plugin, const std::string& options_yaml);

/// Builds and opens (migrating) a backend; throws std::runtime_error on failure.
LoadedBackend open_backend(const std::string& plugin, const std::string& options_yaml);

/// The Status a factory gave for these options (ok if it built an instance).
Status factory_status(const std::string& plugin, const std::string& options_yaml);

}  // namespace kvm48::test
