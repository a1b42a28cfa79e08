// TEMPORARY: loads the plugin with Boost.DLL directly until the host's loader
// (core/src/plugins) lands on main; then this file calls the loader instead.
#include "loaded_backend.hpp"

#include <cstdio>
#include <map>
#include <stdexcept>
#include <vector>

#include <yaml-cpp/yaml.h>
#include <boost/dll/import.hpp>
#include <boost/dll/shared_library.hpp>

namespace kvm48::test {
namespace {

class StderrLogger final : public Logger {
 public:
  bool enabled(LogLevel level) const noexcept override { return level >= LogLevel::warning; }
  void write(LogLevel level, std::string_view m) noexcept override {
    if (!enabled(level)) return;
    std::fprintf(stderr, "[backend] %.*s\n", static_cast<int>(m.size()), m.data());
  }
};

class YamlConfig final : public ConfigView {
 public:
  YamlConfig(const std::string& text, const PluginDescriptor& d) : node_(YAML::Load(text)) {
    for (std::size_t i = 0; i < d.config_key_count; ++i) {
      const auto& key = d.config_keys[i];
      if (key.default_value != nullptr && !node_[key.name])
        node_[key.name] = YAML::Load(key.default_value);
    }
  }
  bool has(std::string_view k) const noexcept override {
    return static_cast<bool>(node_[std::string(k)]);
  }
  std::optional<std::string> string(std::string_view k) const noexcept override {
    if (!has(k)) return std::nullopt;
    return node_[std::string(k)].as<std::string>();
  }
  std::optional<std::int64_t> integer(std::string_view k) const noexcept override {
    if (!has(k)) return std::nullopt;
    return node_[std::string(k)].as<std::int64_t>();
  }
  std::optional<bool> boolean(std::string_view k) const noexcept override {
    if (!has(k)) return std::nullopt;
    return node_[std::string(k)].as<bool>();
  }
  std::optional<double> number(std::string_view k) const noexcept override {
    if (!has(k)) return std::nullopt;
    return node_[std::string(k)].as<double>();
  }
  std::optional<std::vector<std::string>> string_list(std::string_view) const noexcept override {
    return std::nullopt;
  }
  std::optional<std::vector<std::pair<std::string, std::string>>> string_map(
      std::string_view) const noexcept override {
    return std::nullopt;
  }

 private:
  YAML::Node node_;
};

struct Instance {
  boost::dll::shared_library library;
  StderrLogger logger;
  std::unique_ptr<YamlConfig> config;
};

}  // namespace

static LoadedBackend build(const std::string& plugin, const std::string& yaml, Status& status) {
  auto instance = std::make_shared<Instance>();
  instance->library.load(std::string(KVM48_TEST_PLUGIN_DIR) + "/" + plugin + ".so");
  auto describe = instance->library.get_alias<DescriptorFunction>(kDescriptorSymbol);
  auto factory = instance->library.get_alias<BackendFactory>(kBackendFactorySymbol);
  instance->config = std::make_unique<YamlConfig>(yaml, *describe());
  PluginContext context{"test", instance->logger, *instance->config};
  std::unique_ptr<Backend> backend(factory(context, status));
  return LoadedBackend(instance, std::move(backend));
}

LoadedBackend create_backend(const std::string& plugin, const std::string& options_yaml) {
  Status status;
  auto loaded = build(plugin, options_yaml, status);
  if (!status) throw std::runtime_error("backend factory failed: " + status.message());
  return loaded;
}

LoadedBackend open_backend(const std::string& plugin, const std::string& options_yaml) {
  auto loaded = create_backend(plugin, options_yaml);
  MigrationReport report;
  if (auto status = loaded->open(OpenOptions{}, report); !status) {
    throw std::runtime_error("open failed: " + status.message());
  }
  return loaded;
}

Status factory_status(const std::string& plugin, const std::string& options_yaml) {
  Status status;
  build(plugin, options_yaml, status);
  return status;
}

}  // namespace kvm48::test
