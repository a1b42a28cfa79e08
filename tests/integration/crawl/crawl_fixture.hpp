#pragma once
// One crawl setup per test: a temporary SQLite database opened through the real
// sqlite plugin, the hello_source plugin pointed at a JsonUpstream, and a runner.

#include <filesystem>
#include <memory>

#include <Poco/TemporaryFile.h>

#include "crawl/crawl_runner.hpp"
#include "json_upstream.hpp"
#include "plugins/plugin_instance.hpp"
#include "plugins/plugin_registry.hpp"

namespace kvm48::test {

inline host::CrawlSettings fast_settings() {
  host::CrawlSettings settings;
  settings.http.backoff_base = std::chrono::milliseconds(10);
  settings.http.jitter = 0;
  settings.http.request_timeout = std::chrono::milliseconds(2000);
  settings.batch_size = 4;
  return settings;
}

struct CrawlFixture {
  explicit CrawlFixture(int upstream_vods, host::CrawlSettings settings = fast_settings())
      : upstream(upstream_vods) {
    std::filesystem::create_directories(directory.path());
    registry.scan(KVM48_BUILTIN_PLUGIN_DIR);
    registry.scan(KVM48_TEST_SOURCE_PLUGIN_DIR);
    backend = host::create_backend_from_yaml(registry, "sqlite",
                                             "path: " + directory.path() + "/data.db");
    MigrationReport report;
    const Status opened = backend->open({}, report);
    if (!opened.ok()) throw std::runtime_error(opened.message());
    instance = {"hello", "hello_source", "1.0.0",
                host::create_source_from_yaml(registry, "hello_source",
                                              "{base_url: '" + upstream.url() + "', page_size: 5}",
                                              "hello")};
    runner = std::make_unique<host::CrawlRunner>(*backend, settings);
  }

  std::size_t stored() {
    BackendStatistics statistics;
    if (!backend->statistics(statistics).ok()) return 0;
    return statistics.perf_vods;
  }
  std::vector<Checkpoint> checkpoints() {
    std::vector<Checkpoint> out;
    (void)backend->get_checkpoints("hello", out);
    return out;
  }

  Poco::TemporaryFile directory;
  JsonUpstream upstream;
  host::PluginRegistry registry;
  std::shared_ptr<Backend> backend;
  host::SourceInstance instance;
  std::unique_ptr<host::CrawlRunner> runner;
};

}  // namespace kvm48::test
