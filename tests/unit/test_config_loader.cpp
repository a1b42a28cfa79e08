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
  CHECK(config.backend.migrate);
  CHECK(config.sources.empty());
}

TEST_CASE("backend.migrate: false is read, and sources take no 'migrate' key") {
  CHECK_FALSE(parse_config("backend: {plugin: postgres, migrate: false}\n", "kvm48.yaml", env)
                  .backend.migrate);
  CHECK(errors_of("backend: {migrate: maybe}\n").size() == 1);
  CHECK(errors_of("sources:\n  - {name: a, plugin: b, migrate: false}\n") ==
        std::vector<std::string>{"kvm48.yaml:2:26: sources[0].migrate: unknown key"});
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
  CHECK(errors_of("log:\n  format: xml\n") ==
        std::vector<std::string>{
            "kvm48.yaml:2:11: log.format: expected one of text, logfmt, json; found 'xml'"});
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

TEST_CASE("server: typed values and positions for what only the server can judge") {
  const Config config = parse_config(
      "server:\n"
      "  listen: \"0.0.0.0:9000\"\n"
      "  threads: 4\n"
      "  trusted_proxies: [\"127.0.0.1\", \"10.0.0.0/8\"]\n"
      "  graphql:\n"
      "    max_depth: 12\n"
      "  rate_limit:\n"
      "    enabled: true\n"
      "    limits: \"5/second\"\n"
      "    strategy: moving-window\n",
      "kvm48.yaml", env);
  CHECK(config.server.listen == "0.0.0.0:9000");
  CHECK(config.server.listen_at.line == 2);
  CHECK(config.server.listen_at.column == 11);
  CHECK(config.server.threads == 4);
  CHECK(config.server.trusted_proxies.size() == 2);
  CHECK(config.server.graphql.max_depth == 12);
  CHECK(config.server.rate_limit.enabled);
  CHECK(config.server.rate_limit.limits_at.line == 9);
  CHECK(config.server.rate_limit.strategy == "moving-window");
  CHECK(config.server.max_body_bytes == 1024 * 1024);  // default kept
}

TEST_CASE("server: out-of-range numbers, unknown keys and bad choices are errors") {
  const auto errors = errors_of(
      "server:\n"
      "  threads: 2000\n"
      "  max_uri_bytes: 20000\n"
      "  listn: x\n"
      "  rate_limit:\n"
      "    strategy: sliding\n");
  REQUIRE(errors.size() == 4);
  CHECK(errors[0] == "kvm48.yaml:2:12: server.threads: expected 0 to 1024, found 2000");
  CHECK(errors[1] == "kvm48.yaml:3:18: server.max_uri_bytes: expected 256 to 16000, found 20000");
  CHECK(errors[2] ==
        "kvm48.yaml:6:15: server.rate_limit.strategy: expected fixed-window or moving-window, "
        "found 'sliding'");
  CHECK_THAT(errors[3], Catch::StartsWith("kvm48.yaml:4:3: server.listn: unknown key"));
}

TEST_CASE("schedule: top-level defaults, per-source overrides of single keys") {
  const Config config = parse_config(
      "schedule:\n"
      "  interval_seconds: 600\n"
      "  ping_url: \"https://hc.example/abc\"\n"
      "sources:\n"
      "  - name: a\n"
      "    plugin: p\n"
      "  - name: b\n"
      "    plugin: p\n"
      "    schedule:\n"
      "      interval_seconds: 60\n"
      "      run_at_start: false\n",
      "kvm48.yaml", env);
  CHECK(config.schedule.interval_seconds == 600);
  CHECK(config.sources[0].schedule.interval_seconds == 600);
  CHECK(config.sources[0].schedule.ping_url == "https://hc.example/abc");
  CHECK(config.sources[1].schedule.interval_seconds == 60);
  CHECK_FALSE(config.sources[1].schedule.run_at_start);
  CHECK(config.sources[1].schedule.ping_url == "https://hc.example/abc");
  CHECK(config.sources[1].schedule.jitter == Approx(0.1));
}

TEST_CASE("schedule: bad values name the source's key") {
  const auto errors = errors_of(
      "schedule:\n"
      "  jitter: 0.9\n"
      "sources:\n"
      "  - name: a\n"
      "    plugin: p\n"
      "    schedule:\n"
      "      interval_seconds: 1\n"
      "      ping_url: \"ftp://x\"\n");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0] == "kvm48.yaml:2:11: schedule.jitter: expected 0 to 0.5, found 0.900000");
  CHECK(errors[1] ==
        "kvm48.yaml:7:25: sources[0].schedule.interval_seconds: expected 10 to 604800, found 1");
  CHECK(errors[2] ==
        "kvm48.yaml:8:17: sources[0].schedule.ping_url: expected an http:// or https:// URL, "
        "found 'ftp://x'");
}
