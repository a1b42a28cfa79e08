// The loader against real plugin files: one refusal per way a file can be wrong,
// each with file, expected and found, and the good plugins loaded regardless.

#include <algorithm>

#include <Poco/AutoPtr.h>
#include <Poco/Logger.h>
#include <catch2/catch.hpp>

#include "test_support.hpp"

using kvm48::host::PluginRegistry;
using kvm48::test::fixture;
using kvm48::test::fixture_dir;

namespace {

std::string reason_for(const PluginRegistry& registry, const std::string& file_name) {
  for (const auto& refused : registry.refused()) {
    if (refused.file.filename() == file_name) return refused.reason;
  }
  return "(not refused)";
}

PluginRegistry scan_fixtures() {
  PluginRegistry registry;
  registry.scan(fixture_dir());
  return registry;
}

}  // namespace

TEST_CASE("loader loads the well-formed plugins of a directory despite the bad ones") {
  const PluginRegistry registry = scan_fixtures();
  std::vector<std::string> names;
  for (const auto& plugin : registry.loaded()) names.push_back(plugin.name);
  CHECK(names == std::vector<std::string>{"failing_factory", "good_backend", "good_source"});

  const auto* source = registry.find("good_source");
  REQUIRE(source != nullptr);
  CHECK(source->kind == kvm48::PluginKind::source);
  CHECK(source->version == "1.2.3");
  CHECK(source->file == fixture("good_source"));
  CHECK(source->options.size() == 6);
  CHECK(source->options[0].name == "base_url");
  CHECK(source->options[0].required);
  CHECK(source->options[1].default_value == "3");
  CHECK(registry.find("good_backend")->kind == kvm48::PluginKind::backend);
  CHECK(registry.refused().size() == 7);
}

TEST_CASE("loader refuses a plugin built for another ABI version, saying expected and found") {
  CHECK(reason_for(scan_fixtures(), "wrong_abi.so") == "plugin ABI version: expected 2, found 43");
}

TEST_CASE("loader refuses a source plugin that exports no factory") {
  CHECK(reason_for(scan_fixtures(), "missing_factory.so") ==
        "symbol kvm48_create_source (the factory of a source plugin): expected, not found");
}

TEST_CASE("loader refuses a plugin of an unknown kind") {
  CHECK(reason_for(scan_fixtures(), "wrong_kind.so") ==
        "plugin kind: expected source (1) or backend (2), found 7");
}

TEST_CASE("loader refuses a shared library without a plugin descriptor") {
  CHECK(reason_for(scan_fixtures(), "no_descriptor.so") ==
        "symbol kvm48_plugin_descriptor: expected, not found");
}

TEST_CASE("loader refuses a second plugin with a name already loaded, naming the first file") {
  CHECK(reason_for(scan_fixtures(), "good_source_copy.so") ==
        "plugin name 'good_source': expected unique, found already loaded from " +
            fixture("good_source").string());
}

TEST_CASE("loader refuses a file that is not a loadable library, with the loader's reason") {
  const std::string reason = reason_for(scan_fixtures(), "not_a_library.so");
  CHECK(reason.rfind("not a loadable library: ", 0) == 0);
  CHECK(reason.find("not_a_library.so") != std::string::npos);
}

TEST_CASE("loader refuses a plugin whose option default does not match the option type") {
  CHECK(reason_for(scan_fixtures(), "bad_default.so") ==
        "option 'pages' default: expected an integer, found 'many'");
}

TEST_CASE("each refusal is one warning line naming the file") {
  Poco::AutoPtr<kvm48::test::RecordingChannel> channel(new kvm48::test::RecordingChannel);
  Poco::Logger& logger = Poco::Logger::get("test.loader");
  logger.setChannel(channel);
  PluginRegistry registry(logger);
  registry.scan(fixture_dir());
  const auto lines = channel->lines();
  const auto refusals = std::count_if(lines.begin(), lines.end(), [](const std::string& line) {
    return line.find("refused plugin ") != std::string::npos;
  });
  CHECK(refusals == 7);
  CHECK(std::find(lines.begin(), lines.end(),
                  "test.loader: refused plugin " + fixture("wrong_abi").string() +
                      ": plugin ABI version: expected 2, found 43") != lines.end());
}

TEST_CASE("loader skips a plugin directory that does not exist") {
  PluginRegistry registry;
  registry.scan(fixture_dir() / "no-such-directory");
  CHECK(registry.loaded().empty());
  CHECK(registry.refused().empty());
}
