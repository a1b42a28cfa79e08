#pragma once
// Opening the configured backend for a command, with a clear failure.

#include <memory>

#include "config/config.hpp"
#include "kvm48/backend.hpp"
#include "plugins/plugin_registry.hpp"

namespace kvm48::app {

/// Creates the configured backend and opens it (applying migrations when
/// `migrate`). Throws ConfigError for configuration problems and CommandFailure
/// when the database cannot be opened. `report` says what open() found and did.
std::shared_ptr<Backend> open_backend(const host::Config& config,
                                      const host::PluginRegistry& registry, bool migrate,
                                      MigrationReport& report);

}  // namespace kvm48::app
