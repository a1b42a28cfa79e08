#pragma once
// Matching the configured instances (backend, sources) with loaded plugins and
// checking their options: what `config check` and start-up both do.

#include <memory>
#include <optional>
#include <vector>

#include "config/config.hpp"
#include "config/config_issue.hpp"
#include "config/option_values.hpp"
#include "kvm48/backend.hpp"
#include "kvm48/source.hpp"
#include "plugins/plugin_registry.hpp"

namespace kvm48::host {

/// A configured instance whose plugin is loaded and of the right kind, and whose
/// options passed the plugin's declared option list.
struct ResolvedInstance {
  const InstanceConfig* config = nullptr;
  const LoadedPlugin* plugin = nullptr;
  OptionValues options;
};

struct ResolvedInstances {
  std::optional<ResolvedInstance> backend;
  std::vector<ResolvedInstance> sources;  ///< enabled sources only
};

/// Resolves every instance of `config` against `registry`. Each problem (no such
/// plugin, wrong kind, bad options) is appended to `issues`; an instance with a
/// problem is left out of the result.
ResolvedInstances resolve_instances(const Config& config, const PluginRegistry& registry,
                                    const EnvLookup& env, ConfigIssues& issues);

/// Creates one instance through its plugin's factory; on refusal appends an
/// issue (at the option the plugin names, if any) and returns nullptr.
std::shared_ptr<Backend> create_backend_or_report(const ResolvedInstance& instance,
                                                  const std::string& file, ConfigIssues& issues);
std::shared_ptr<Source> create_source_or_report(const ResolvedInstance& instance,
                                                const std::string& file, ConfigIssues& issues);

/// Creates each resolved instance through its factory (which validates the
/// options and does no I/O) and destroys it again. A factory's failure is
/// appended to `issues`, at the option it names when it names one.
void trial_create(const ResolvedInstances& instances, const std::string& file,
                  ConfigIssues& issues);

}  // namespace kvm48::host
