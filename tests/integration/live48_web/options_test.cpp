// The options of live48_web, checked by the factory before any I/O.
#include <catch2/catch.hpp>

#include "config/config_issue.hpp"
#include "crawl_fixture.hpp"
#include "plugins/plugin_instance.hpp"
#include "plugins/plugin_registry.hpp"

using namespace kvm48;

namespace {

Status factory_status(const std::string& yaml) {
  host::PluginRegistry registry;
  registry.scan(test::plugin_dir());
  try {
    host::create_source_from_yaml(registry, "live48_web", yaml, "live48");
    return {};
  } catch (const host::PluginInstanceError& e) {
    return e.status();
  } catch (const host::ConfigError& e) {
    return {StatusCode::invalid_config, e.what()};
  }
}

}  // namespace

TEST_CASE("options: defaults are accepted - bad values name their key") {
  CHECK(factory_status("{}").ok());
  CHECK(factory_status("base_url: http://127.0.0.1:9\nclubs: [1]\nlegacy_clubs: []\n"
                       "headers: {Cookie: a=b}\narchive_dir: /tmp/x\n")
            .ok());
  const auto bad_url = factory_status("base_url: ftp://live.48.cn\n");
  CHECK(bad_url.code() == StatusCode::invalid_config);
  CHECK(bad_url.key() == "base_url");
  CHECK(factory_status("base_url: https://live.48.cn/Index\n").key() == "base_url");
  const auto bad_club = factory_status("clubs: [1, 7]\n");
  CHECK(bad_club.key() == "clubs");
  CHECK(bad_club.message().find("'7'") != std::string::npos);
  CHECK(factory_status("clubs: [1, 1]\n").key() == "clubs");
  CHECK(factory_status("legacy_clubs: [1]\n").key() == "legacy_clubs");
  CHECK(factory_status("archive_dir: ''\n").key() == "archive_dir");
  CHECK(factory_status("colour: red\n").code() == StatusCode::invalid_config);
}
