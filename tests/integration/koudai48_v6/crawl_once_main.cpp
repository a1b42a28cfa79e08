// koudai48_crawl_once BACKEND_PLUGIN BACKEND_YAML SOURCE_YAML: one incremental
// crawl of a koudai48_v6 source named "v6" into the given backend, through the
// real loader and engine, in its own process (the crash test kills it with
// SIGKILL at random moments). Exit status 0 when the run succeeded, 1 when it
// failed, 2 on a usage or setup error.
#include <iostream>

#include "crawl/crawl_runner.hpp"
#include "plugins/plugin_instance.hpp"
#include "plugins/plugin_registry.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: koudai48_crawl_once BACKEND_PLUGIN BACKEND_YAML SOURCE_YAML\n";
    return 2;
  }
  try {
    kvm48::host::PluginRegistry registry;
    registry.scan(KVM48_TEST_PLUGIN_DIR);
    auto backend = kvm48::host::create_backend_from_yaml(registry, argv[1], argv[2]);
    kvm48::MigrationReport report;
    if (auto status = backend->open(kvm48::OpenOptions{}, report); !status.ok()) {
      std::cerr << "open: " << status.message() << "\n";
      return 2;
    }
    kvm48::host::SourceInstance source{
        "v6", "koudai48_v6", "1.0.0",
        kvm48::host::create_source_from_yaml(registry, "koudai48_v6", argv[3], "v6")};
    kvm48::host::CrawlSettings settings;
    settings.http.backoff_base = std::chrono::milliseconds(10);
    settings.http.request_timeout = std::chrono::milliseconds(2000);
    kvm48::host::CrawlRunner runner(*backend, settings);
    const auto result = runner.run(source, kvm48::CrawlOptions{});
    return result.status.ok() ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "koudai48_crawl_once: " << e.what() << "\n";
    return 2;
  }
}
