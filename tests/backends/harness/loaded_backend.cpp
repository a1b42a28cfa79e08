#include "loaded_backend.hpp"

#include <stdexcept>

#include "config/config_issue.hpp"
#include "plugins/plugin_instance.hpp"
#include "plugins/plugin_registry.hpp"

namespace kvm48::test {
namespace {

// One registry per process, scanned once: the plugins of the build tree.
const host::PluginRegistry& registry() {
  static const host::PluginRegistry instance = [] {
    host::PluginRegistry r;
    r.scan(KVM48_TEST_PLUGIN_DIR);
    return r;
  }();
  return instance;
}

std::shared_ptr<Backend> build(const std::string& plugin, const std::string& options_yaml) {
  return host::create_backend_from_yaml(registry(), plugin, options_yaml, "test_backend");
}

}  // namespace

LoadedBackend create_backend(const std::string& plugin, const std::string& options_yaml) {
  try {
    return LoadedBackend(build(plugin, options_yaml));
  } catch (const host::PluginInstanceError& e) {
    throw std::runtime_error("backend " + plugin + ": " + e.status().message());
  }
}

LoadedBackend open_backend(const std::string& plugin, const std::string& options_yaml) {
  auto loaded = create_backend(plugin, options_yaml);
  MigrationReport report;
  if (auto status = loaded->open(OpenOptions{}, report); !status) {
    throw std::runtime_error("backend " + plugin + ": open failed: " + status.message());
  }
  return loaded;
}

Status factory_status(const std::string& plugin, const std::string& options_yaml) {
  try {
    build(plugin, options_yaml);
    return Status::success();
  } catch (const host::PluginInstanceError& e) {
    return e.status();
  } catch (const host::ConfigError& e) {
    return {StatusCode::invalid_config, e.what()};
  }
}

}  // namespace kvm48::test
