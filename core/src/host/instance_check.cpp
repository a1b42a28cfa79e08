#include "host/instance_check.hpp"

#include "config/suggest.hpp"
#include "plugins/plugin_instance.hpp"

namespace kvm48::host {
namespace {

std::vector<std::string> names_of_kind(const PluginRegistry& registry, PluginKind kind) {
  std::vector<std::string> names;
  for (const auto& plugin : registry.loaded()) {
    if (plugin.kind == kind) names.push_back(plugin.name);
  }
  return names;
}

std::optional<ResolvedInstance> resolve(const InstanceConfig& instance, PluginKind kind,
                                        const PluginRegistry& registry, const std::string& file,
                                        const EnvLookup& env, ConfigIssues& issues) {
  const std::string key = instance.key_path + ".plugin";
  const LoadedPlugin* plugin = registry.find(instance.plugin);
  if (plugin == nullptr) {
    const auto names = names_of_kind(registry, kind);
    std::string loaded;
    for (const auto& name : names) loaded += (loaded.empty() ? "" : ", ") + name;
    issues.push_back({file, instance.line, instance.column, key,
                      "no " + std::string(to_string(kind)) + " plugin named '" + instance.plugin +
                          "' is loaded" + did_you_mean(instance.plugin, names) + " (loaded: " +
                          (loaded.empty() ? "none" : loaded) + "; see `kvm48-server plugins`)"});
    return std::nullopt;
  }
  if (plugin->kind != kind) {
    issues.push_back({file, instance.line, instance.column, key,
                      "plugin '" + instance.plugin + "' is a " +
                          std::string(to_string(plugin->kind)) + " plugin, expected a " +
                          std::string(to_string(kind))});
    return std::nullopt;
  }
  const std::size_t before = issues.size();
  OptionValues options = OptionValues::parse(instance.options, plugin->options, file,
                                             instance.key_path + ".options", env, issues);
  if (issues.size() != before) return std::nullopt;
  return ResolvedInstance{&instance, plugin, std::move(options)};
}

/// Calls `create` (which runs the plugin's factory); a refusal becomes an issue
/// at the option it names, or at the instance.
template <class Create>
auto create_or_report(const ResolvedInstance& instance, const std::string& file,
                      ConfigIssues& issues, Create create) -> decltype(create()) {
  try {
    return create();
  } catch (const PluginInstanceError& e) {
    const std::string& option = e.status().key();
    const SourceMark at = option.empty()
                              ? SourceMark{instance.config->line, instance.config->column}
                              : instance.options.mark_of(option);
    const std::string key =
        instance.config->key_path + (option.empty() ? "" : ".options." + option);
    issues.push_back({file, at.line, at.column, key, e.status().message()});
    return nullptr;
  }
}

}  // namespace

ResolvedInstances resolve_instances(const Config& config, const PluginRegistry& registry,
                                    const EnvLookup& env, ConfigIssues& issues) {
  ResolvedInstances result;
  const std::string file = config.file.string();
  result.backend = resolve(config.backend, PluginKind::backend, registry, file, env, issues);
  for (const auto& source : config.sources) {
    if (!source.enabled) continue;
    if (auto resolved = resolve(source, PluginKind::source, registry, file, env, issues)) {
      result.sources.push_back(std::move(*resolved));
    }
  }
  return result;
}

std::shared_ptr<Backend> create_backend_or_report(const ResolvedInstance& instance,
                                                  const std::string& file, ConfigIssues& issues) {
  return create_or_report(instance, file, issues, [&] {
    return create_backend(*instance.plugin, instance.config->name, instance.options);
  });
}

std::shared_ptr<Source> create_source_or_report(const ResolvedInstance& instance,
                                                const std::string& file, ConfigIssues& issues) {
  return create_or_report(instance, file, issues, [&] {
    return create_source(*instance.plugin, instance.config->name, instance.options);
  });
}

void trial_create(const ResolvedInstances& instances, const std::string& file,
                  ConfigIssues& issues) {
  if (instances.backend) create_backend_or_report(*instances.backend, file, issues);
  for (const auto& source : instances.sources) create_source_or_report(source, file, issues);
}

}  // namespace kvm48::host
