// The host configuration: typed values, defaults, and errors that say where.

#include <catch2/catch.hpp>

#include "config/config_issue.hpp"
#include "config/config_loader.hpp"

using namespace kvm48::host;

namespace {

std::optional<std::string> env(const std::string& name) {
  if (name == "PLUGIN_DIR") return "/opt/kvm48/plugins";
  return std::nullopt;
}

std::vector<std::string> errors_of(const std::string& yaml) {
  try {
    parse_config(yaml, "kvm48.yaml", env);
  } catch (const ConfigError& e) {
    std::vector<std::string> out;
    for (const auto& issue : e.issues()) out.push_back(issue.to_string());
    return out;
  }
  return {};
}

}  // namespace

TEST_CASE("an empty configuration gives the documented defaults") {
  const Config config = parse_config("", "kvm48.yaml", env);
  CHECK(config.log.level == "information");
  CHECK(config.plugins.builtin);
  CHECK(config.plugins.directories.empty());
  CHECK(config.backend.plugin == "sqlite");
  CHECK(config.sources.empty());
}

TEST_CASE("every section is read into typed values") {
  const Config config = parse_config(
      "log:\n  level: debug\n"
      "plugins:\n  builtin: false\n  directories: ['${PLUGIN_DIR}', ./more]\n"
      "backend:\n  plugin: postgres\n  options: {uri: 'postgresql://x'}\n"
      "sources:\n  - name: live48\n    plugin: live48_web\n    enabled: false\n",
      "kvm48.yaml", env);
  CHECK(config.log.level == "debug");
  CHECK_FALSE(config.plugins.builtin);
  CHECK(config.plugins.directories ==
        std::vector<std::filesystem::path>{"/opt/kvm48/plugins", "./more"});
  CHECK(config.backend.plugin == "postgres");
  CHECK(config.backend.options["uri"].Scalar() == "postgresql://x");
  REQUIRE(config.sources.size() == 1);
  CHECK(config.sources[0].name == "live48");
  CHECK(config.sources[0].plugin == "live48_web");
  CHECK_FALSE(config.sources[0].enabled);
  CHECK(config.sources[0].key_path == "sources[0]");
  CHECK(config.sources[0].line == 10);
}

TEST_CASE("unknown keys are errors with position, key path and a suggestion") {
  CHECK(errors_of("log:\n  levle: debug\n") ==
        std::vector<std::string>{"kvm48.yaml:2:3: log.levle: unknown key (did you mean 'level'?)"});
  CHECK(errors_of("colour: blue\n") ==
        std::vector<std::string>{"kvm48.yaml:1:1: colour: unknown key"});
}

TEST_CASE("values of the wrong type are errors that say what was expected and found") {
  CHECK(errors_of("plugins:\n  builtin: maybe\n") ==
        std::vector<std::string>{
            "kvm48.yaml:2:12: plugins.builtin: expected a boolean (true or false), found 'maybe'"});
  CHECK(errors_of("plugins:\n  directories: /one/dir\n") ==
        std::vector<std::string>{
            "kvm48.yaml:2:16: plugins.directories: expected a list, found '/one/dir'"});
  CHECK(errors_of("log: [debug]\n") ==
        std::vector<std::string>{"kvm48.yaml:1:6: log: expected a map, found a sequence"});
  CHECK(errors_of("log: {level: loud}\n") ==
        std::vector<std::string>{
            "kvm48.yaml:1:14: log.level: expected one of trace, debug, "
            "information, notice, warning, error, critical, fatal, none; found 'loud'"});
}

TEST_CASE("missing required keys of a source are errors at the source") {
  CHECK(errors_of("sources:\n  - name: a\n") ==
        std::vector<std::string>{"kvm48.yaml:2:5: sources[0].plugin: required key is missing"});
}

TEST_CASE("source names must be unique and well-formed") {
  CHECK(errors_of("sources:\n  - {name: a, plugin: p}\n  - {name: a, plugin: p}\n") ==
        std::vector<std::string>{"kvm48.yaml:3:12: sources[1].name: duplicate source name 'a'"});
  CHECK(errors_of("sources:\n  - {name: 'Bad Name', plugin: p}\n") ==
        std::vector<std::string>{"kvm48.yaml:2:12: sources[0].name: expected lower case letters, "
                                 "digits, '_' and '-', found 'Bad Name'"});
}

TEST_CASE("the backend takes no 'enabled' key: there is always exactly one") {
  CHECK(errors_of("backend: {plugin: sqlite, enabled: false}\n") ==
        std::vector<std::string>{"kvm48.yaml:1:27: backend.enabled: unknown key"});
}

TEST_CASE("every problem of a file is reported, not just the first") {
  CHECK(errors_of("log: {level: loud}\nplugins: {builtin: 3}\nextra: 1\n").size() == 3);
}

TEST_CASE("YAML syntax errors name the line and column") {
  const auto errors = errors_of("log:\n  level: [debug\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("kvm48.yaml:", 0) == 0);
  CHECK(errors[0].find("YAML syntax error") != std::string::npos);
}

TEST_CASE("an unset environment variable is an error at its key") {
  CHECK(errors_of("plugins:\n  directories: ['${NOT_SET}']\n") ==
        std::vector<std::string>{
            "kvm48.yaml:2:17: plugins.directories[0]: environment variable NOT_SET is not set"});
}

TEST_CASE("a file that cannot be read is an error naming it") {
  try {
    load_config("/nonexistent/kvm48.yaml");
    FAIL("expected ConfigError");
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()) == "/nonexistent/kvm48.yaml: cannot open the configuration file");
  }
}
