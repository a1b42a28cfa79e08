// Creating instances from loaded plugins: factories that fail, options the
// plugin rejects, independent instances, and the library's lifetime.

#include <dlfcn.h>

#include <Poco/AutoPtr.h>
#include <Poco/Logger.h>
#include <catch2/catch.hpp>

#include "config/config_issue.hpp"
#include "plugins/plugin_instance.hpp"
#include "test_support.hpp"

using kvm48::host::PluginInstanceError;
using kvm48::host::PluginRegistry;
using kvm48::test::fixture;

namespace {

bool library_is_loaded(const std::filesystem::path& file) {
  void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_NOLOAD);
  if (handle == nullptr) return false;
  dlclose(handle);  // drop the reference RTLD_NOLOAD just took
  return true;
}

}  // namespace

TEST_CASE("a factory that fails creates nothing and reports the plugin's reason") {
  PluginRegistry registry;
  REQUIRE(registry.load_file(fixture("failing_factory")));
  try {
    kvm48::host::create_source_from_yaml(registry, "failing_factory", "{}", "broken");
    FAIL("expected PluginInstanceError");
  } catch (const PluginInstanceError& e) {
    CHECK(std::string(e.what()) ==
          "source 'broken' (plugin failing_factory): deliberate failure in the constructor");
    CHECK(e.status().code() == kvm48::StatusCode::internal);
  }
}

TEST_CASE("a plugin's own option check names the option at fault") {
  PluginRegistry registry;
  REQUIRE(registry.load_file(fixture("good_source")));
  try {
    kvm48::host::create_source_from_yaml(registry, "good_source", "base_url: ftp://x", "s1");
    FAIL("expected PluginInstanceError");
  } catch (const PluginInstanceError& e) {
    CHECK(e.status().code() == kvm48::StatusCode::invalid_config);
    CHECK(e.status().key() == "base_url");
    CHECK(e.status().message() == "expected an http(s) URL, found 'ftp://x'");
  }
}

TEST_CASE("options are checked against the plugin's declaration before its factory runs") {
  PluginRegistry registry;
  REQUIRE(registry.load_file(fixture("good_source")));
  try {
    kvm48::host::create_source_from_yaml(registry, "good_source", "base_url: http://x\npagez: 4",
                                         "s1");
    FAIL("expected ConfigError");
  } catch (const kvm48::host::ConfigError& e) {
    REQUIRE(e.issues().size() == 1);
    CHECK(e.issues()[0].key == "options.pagez");
    CHECK(e.issues()[0].message == "unknown option (did you mean 'pages'?)");
  }
}

TEST_CASE("asking for a backend from a source plugin is refused") {
  PluginRegistry registry;
  REQUIRE(registry.load_file(fixture("good_source")));
  CHECK_THROWS_WITH(
      kvm48::host::create_backend_from_yaml(registry, "good_source", "base_url: http://x"),
      "plugin 'good_source' is a source plugin, not a backend");
}

TEST_CASE("two instances of one plugin with different options coexist") {
  Poco::AutoPtr<kvm48::test::RecordingChannel> channel(new kvm48::test::RecordingChannel);
  Poco::Logger::get("source.alpha").setChannel(channel);
  Poco::Logger::get("source.beta").setChannel(channel);
  PluginRegistry registry;
  REQUIRE(registry.load_file(fixture("good_source")));
  auto alpha =
      kvm48::host::create_source_from_yaml(registry, "good_source", "base_url: http://a", "alpha");
  auto beta =
      kvm48::host::create_source_from_yaml(registry, "good_source", "base_url: https://b", "beta");
  CHECK(alpha.get() != beta.get());
  const auto lines = channel->lines();
  // Each instance logs through its own logger, named after the instance.
  CHECK(std::find(lines.begin(), lines.end(), "source.alpha: configured for http://a") !=
        lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "source.beta: configured for https://b") !=
        lines.end());
}

TEST_CASE("an instance keeps its plugin library loaded until the instance is destroyed") {
  const auto file = fixture("good_backend");
  std::shared_ptr<kvm48::Backend> backend;
  {
    PluginRegistry registry;
    REQUIRE(registry.load_file(file));
    backend = kvm48::host::create_backend_from_yaml(registry, "good_backend", "path: /tmp/x.db");
  }
  // The registry is gone; the instance still holds the library.
  CHECK(library_is_loaded(file));
  backend.reset();
  CHECK_FALSE(library_is_loaded(file));
}

TEST_CASE("a refused library is unloaded at once") {
  PluginRegistry registry;
  CHECK_FALSE(registry.load_file(fixture("wrong_abi")));
  CHECK_FALSE(library_is_loaded(fixture("wrong_abi")));
}
