#pragma once
// The backend and source instances a configuration asks for, created through
// their plugins' factories (validation only: no I/O yet).

#include <memory>
#include <vector>

#include "config/config.hpp"
#include "config/env_expand.hpp"
#include "crawl/crawl_runner.hpp"
#include "kvm48/backend.hpp"
#include "plugins/plugin_registry.hpp"

namespace kvm48::host {

struct HostInstances {
  std::shared_ptr<Backend> backend;
  std::vector<SourceInstance> sources;  ///< enabled sources, in configuration order
};

/// Resolves and creates every instance. Throws ConfigError listing every problem
/// (unknown plugin, wrong kind, bad options, a factory that refuses its options).
HostInstances create_instances(const Config& config, const PluginRegistry& registry,
                               const EnvLookup& env = process_environment());

}  // namespace kvm48::host

namespace kvm48::host {

/// Only the backend instance (for commands that need no sources, like migrate).
/// Throws ConfigError.
std::shared_ptr<Backend> create_backend_instance(const Config& config,
                                                 const PluginRegistry& registry,
                                                 const EnvLookup& env = process_environment());

}  // namespace kvm48::host
