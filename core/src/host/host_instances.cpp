#include "host/host_instances.hpp"

#include "config/config_issue.hpp"
#include "host/instance_check.hpp"

namespace kvm48::host {

HostInstances create_instances(const Config& config, const PluginRegistry& registry,
                               const EnvLookup& env) {
  ConfigIssues issues;
  const ResolvedInstances resolved = resolve_instances(config, registry, env, issues);
  const std::string file = config.file.string();
  HostInstances instances;
  if (resolved.backend)
    instances.backend = create_backend_or_report(*resolved.backend, file, issues);
  for (const auto& source : resolved.sources) {
    if (auto created = create_source_or_report(source, file, issues)) {
      instances.sources.push_back(
          {source.config->name, source.plugin->name, source.plugin->version, std::move(created)});
    }
  }
  if (!issues.empty()) throw ConfigError(std::move(issues));
  return instances;
}

}  // namespace kvm48::host

namespace kvm48::host {

std::shared_ptr<Backend> create_backend_instance(const Config& config,
                                                 const PluginRegistry& registry,
                                                 const EnvLookup& env) {
  Config backend_only = config;
  backend_only.sources.clear();
  return create_instances(backend_only, registry, env).backend;
}

}  // namespace kvm48::host
