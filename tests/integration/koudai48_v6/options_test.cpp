// The options of koudai48_v6, checked by the factory before any I/O, through the
// host's real loader and config validation.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "config/config_issue.hpp"
#include "plugins/plugin_instance.hpp"
#include "plugins/plugin_registry.hpp"

using namespace kvm48;

namespace {

const host::PluginRegistry& registry() {
  static const host::PluginRegistry instance = [] {
    host::PluginRegistry r;
    r.scan(KVM48_TEST_PLUGIN_DIR);
    return r;
  }();
  return instance;
}

Status factory_status(const std::string& yaml) {
  try {
    host::create_source_from_yaml(registry(), "koudai48_v6", yaml, "v6");
    return {};
  } catch (const host::PluginInstanceError& e) {
    return e.status();
  } catch (const host::ConfigError& e) {
    return {StatusCode::invalid_config, e.what()};
  }
}

}  // namespace

TEST_CASE("options: the plugin loads as a source and its README documents every key") {
  const auto* plugin = registry().find("koudai48_v6");
  REQUIRE(plugin != nullptr);
  CHECK(plugin->kind == PluginKind::source);
  std::ifstream file(KVM48_V6_README);
  REQUIRE(file);
  const std::string readme((std::istreambuf_iterator<char>(file)),
                           std::istreambuf_iterator<char>());
  std::ifstream sample_file(KVM48_V6_SAMPLE);
  REQUIRE(sample_file);
  const std::string sample((std::istreambuf_iterator<char>(sample_file)),
                           std::istreambuf_iterator<char>());
  CHECK(plugin->options.size() == 10);
  for (const auto& option : plugin->options) {
    INFO(option.name);
    CHECK_FALSE(option.description.empty());
    CHECK(readme.find("| `" + option.name + "` |") != std::string::npos);
    CHECK(sample.find(option.name + ":") != std::string::npos);
  }
}

TEST_CASE("options: defaults and full configurations are accepted") {
  CHECK(factory_status("{}").ok());
  CHECK(factory_status("api_base_url: http://127.0.0.1:9/\nresource_base_url: http://127.0.0.1:9\n"
                       "kinds: [member_vods, roster]\ngroups: [snh48, GNZ48]\n"
                       "legacy_groups: []\napp_info: '{}'\nuser_agent: ''\nreferer: ''\n"
                       "origin: ''\nheaders: {token: abc}\n")
            .ok());
}

TEST_CASE("options: a bad base URL names its key") {
  const auto bad = factory_status("api_base_url: ftp://pocketapi.48.cn\n");
  CHECK(bad.code() == StatusCode::invalid_config);
  CHECK(bad.key() == "api_base_url");
  CHECK(bad.message().find("ftp://pocketapi.48.cn") != std::string::npos);
  CHECK(factory_status("api_base_url: https://pocketapi.48.cn/live\n").key() == "api_base_url");
  CHECK(factory_status("resource_base_url: source.48.cn\n").key() == "resource_base_url");
}

TEST_CASE("options: unknown kinds and groups, repeats and overlaps name their key") {
  const auto kind = factory_status("kinds: [roster, lives]\n");
  CHECK(kind.key() == "kinds");
  CHECK(kind.message().find("'lives'") != std::string::npos);
  CHECK(factory_status("kinds: []\n").key() == "kinds");
  CHECK(factory_status("kinds: [roster, roster]\n").key() == "kinds");
  const auto group = factory_status("groups: [SNH48, IDFT]\n");
  CHECK(group.key() == "groups");
  CHECK(group.message().find("'IDFT'") != std::string::npos);
  CHECK(factory_status("groups: [SNH48, snh48]\n").key() == "groups");
  CHECK(factory_status("legacy_groups: [SNH48]\n").key() == "legacy_groups");
  CHECK(factory_status("headers: {'': x}\n").key() == "headers");
  CHECK(factory_status("colour: red\n").code() == StatusCode::invalid_config);
  CHECK(factory_status("groups: SNH48\n").code() == StatusCode::invalid_config);
}
