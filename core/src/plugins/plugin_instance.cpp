#include "plugins/plugin_instance.hpp"

#include <yaml-cpp/yaml.h>

#include "logging/plugin_logger.hpp"
#include "plugins/plugin_registry.hpp"
#include "plugins/shared_library.hpp"

namespace kvm48::host {
namespace {

/// Everything one instance needs, in destruction order: `object` is declared
/// last and reset first, the library member is declared first and released last.
template <class Interface>
struct InstanceHolder {
  std::shared_ptr<SharedLibrary> library;
  PluginLogger logger;
  OptionValues options;
  std::unique_ptr<Interface> object;

  InstanceHolder(std::shared_ptr<SharedLibrary> lib, const std::string& component,
                 OptionValues opts)
      : library(std::move(lib)), logger(component), options(std::move(opts)) {}
  ~InstanceHolder() { object.reset(); }
  InstanceHolder(const InstanceHolder&) = delete;
  InstanceHolder& operator=(const InstanceHolder&) = delete;
};

template <class Interface, class Factory>
std::shared_ptr<Interface> create(const LoadedPlugin& plugin, PluginKind kind,
                                  const std::string& instance_name, OptionValues options) {
  if (plugin.kind != kind) {
    throw std::invalid_argument("plugin '" + plugin.name + "' is a " +
                                std::string(to_string(plugin.kind)) + " plugin, not a " +
                                std::string(to_string(kind)));
  }
  const std::string component = std::string(to_string(kind)) + "." + instance_name;
  auto holder =
      std::make_shared<InstanceHolder<Interface>>(plugin.library, component, std::move(options));
  const PluginContext context{instance_name, holder->logger, holder->options};
  Status status;
  auto* factory = reinterpret_cast<Factory*>(plugin.factory);
  holder->object.reset(factory(context, status));
  if (!holder->object) {
    if (status.ok())
      status = Status(StatusCode::internal, "the factory returned nothing and no reason");
    throw PluginInstanceError(std::string(to_string(kind)) + " '" + instance_name + "' (plugin " +
                                  plugin.name + "): " + status.message(),
                              status);
  }
  Interface* object = holder->object.get();
  return std::shared_ptr<Interface>(std::move(holder), object);
}

const LoadedPlugin& find_plugin(const PluginRegistry& registry, const std::string& name) {
  const LoadedPlugin* plugin = registry.find(name);
  if (plugin == nullptr) throw std::invalid_argument("no plugin named '" + name + "' is loaded");
  return *plugin;
}

OptionValues options_from_yaml(const LoadedPlugin& plugin, const std::string& yaml) {
  ConfigIssues issues;
  OptionValues options = OptionValues::parse(YAML::Load(yaml), plugin.options, "<options>",
                                             "options", process_environment(), issues);
  if (!issues.empty()) throw ConfigError(std::move(issues));
  return options;
}

}  // namespace

std::shared_ptr<Source> create_source(const LoadedPlugin& plugin, const std::string& instance_name,
                                      OptionValues options) {
  return create<Source, SourceFactory>(plugin, PluginKind::source, instance_name,
                                       std::move(options));
}

std::shared_ptr<Backend> create_backend(const LoadedPlugin& plugin,
                                        const std::string& instance_name, OptionValues options) {
  return create<Backend, BackendFactory>(plugin, PluginKind::backend, instance_name,
                                         std::move(options));
}

std::shared_ptr<Backend> create_backend_from_yaml(const PluginRegistry& registry,
                                                  const std::string& plugin,
                                                  const std::string& options_yaml,
                                                  const std::string& instance_name) {
  const LoadedPlugin& loaded = find_plugin(registry, plugin);
  return create_backend(loaded, instance_name, options_from_yaml(loaded, options_yaml));
}

std::shared_ptr<Source> create_source_from_yaml(const PluginRegistry& registry,
                                                const std::string& plugin,
                                                const std::string& options_yaml,
                                                const std::string& instance_name) {
  const LoadedPlugin& loaded = find_plugin(registry, plugin);
  return create_source(loaded, instance_name, options_from_yaml(loaded, options_yaml));
}

}  // namespace kvm48::host
