// A whole configuration checked against real plugins, as `config check` does.

#include <catch2/catch.hpp>

#include "config/config_loader.hpp"
#include "host/instance_check.hpp"
#include "test_support.hpp"

using namespace kvm48::host;

namespace {

EnvLookup fake_env() {
  return [](const std::string& name) -> std::optional<std::string> {
    if (name == "SOURCE_URL") return "https://example.test/api";
    return std::nullopt;
  };
}

ConfigIssues check(const std::string& yaml) {
  PluginRegistry registry;
  registry.scan(kvm48::test::fixture_dir());
  const Config config = parse_config(yaml, "test.yaml", fake_env());
  ConfigIssues issues;
  const auto instances = resolve_instances(config, registry, fake_env(), issues);
  trial_create(instances, "test.yaml", issues);
  return issues;
}

std::vector<std::string> texts(const ConfigIssues& issues) {
  std::vector<std::string> out;
  for (const auto& issue : issues) out.push_back(issue.to_string());
  return out;
}

}  // namespace

TEST_CASE("a configuration whose instances all match their plugins passes") {
  const auto issues = check(
      "backend:\n"
      "  plugin: good_backend\n"
      "sources:\n"
      "  - name: one\n"
      "    plugin: good_source\n"
      "    options:\n"
      "      base_url: ${SOURCE_URL}\n"
      "      pages: 5\n"
      "      clubs: [a, b]\n"
      "      headers: {User-Agent: test}\n");
  CHECK(texts(issues).empty());
}

TEST_CASE("plugin options are checked with file, line, column and key path") {
  const auto issues = check(
      "backend:\n"
      "  plugin: good_backend\n"
      "sources:\n"
      "  - name: one\n"
      "    plugin: good_source\n"
      "    options:\n"
      "      base_url: http://x\n"
      "      pages: lots\n"
      "      verbos: true\n"
      "      clubs: snh\n");
  CHECK(texts(issues) ==
        std::vector<std::string>{
            "test.yaml:8:14: sources[0].options.pages: expected an integer, found 'lots'",
            "test.yaml:9:7: sources[0].options.verbos: unknown option (did you mean 'verbose'?)",
            "test.yaml:10:14: sources[0].options.clubs: expected a list of strings, found 'snh'",
        });
}

TEST_CASE("a missing required plugin option is reported at the options map") {
  const auto issues = check(
      "backend: {plugin: good_backend}\n"
      "sources:\n"
      "  - name: one\n"
      "    plugin: good_source\n"
      "    options: {pages: 2}\n");
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].key == "sources[0].options.base_url");
  CHECK(issues[0].line == 5);
  CHECK(issues[0].message == "required option is missing (string: where to crawl)");
}

TEST_CASE("an option the plugin's factory rejects is reported at that option's line") {
  const auto issues = check(
      "backend: {plugin: good_backend}\n"
      "sources:\n"
      "  - name: one\n"
      "    plugin: good_source\n"
      "    options:\n"
      "      base_url: gopher://x\n");
  CHECK(texts(issues) ==
        std::vector<std::string>{
            "test.yaml:6:17: sources[0].options.base_url: expected an http(s) URL, "
            "found 'gopher://x'"});
}

TEST_CASE("an unknown plugin name suggests the closest loaded plugin of that kind") {
  const auto issues = check("backend: {plugin: good_backnd}\n");
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].key == "backend.plugin");
  CHECK(issues[0].message ==
        "no backend plugin named 'good_backnd' is loaded (did you mean 'good_backend'?) (loaded: "
        "good_backend; see `kvm48-server plugins`)");
}

TEST_CASE("a source instance that names a backend plugin is refused") {
  const auto issues = check(
      "backend: {plugin: good_backend}\n"
      "sources:\n"
      "  - {name: one, plugin: good_backend}\n");
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].to_string() ==
        "test.yaml:3:5: sources[0].plugin: plugin 'good_backend' is a backend plugin, expected a "
        "source");
}

TEST_CASE("a disabled source is not checked against its plugin") {
  const auto issues = check(
      "backend: {plugin: good_backend}\n"
      "sources:\n"
      "  - {name: off, plugin: no_such_plugin, enabled: false}\n");
  CHECK(issues.empty());
}

TEST_CASE("an unset environment variable in a plugin option is an error naming it") {
  const auto issues = check(
      "backend: {plugin: good_backend}\n"
      "sources:\n"
      "  - name: one\n"
      "    plugin: good_source\n"
      "    options: {base_url: '${NOPE}'}\n");
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].message == "environment variable NOPE is not set");
  CHECK(issues[0].key == "sources[0].options.base_url");
}
