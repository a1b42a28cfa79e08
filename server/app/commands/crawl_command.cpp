// `kvm48-server crawl`: one crawl of every enabled source (or those named), cron style.

#include <algorithm>
#include <iostream>

#include "backend_session.hpp"
#include "command.hpp"
#include "command_failure.hpp"
#include "config/scalar.hpp"
#include "crawl/crawl_runner.hpp"
#include "crawl/crawl_settings_from_config.hpp"
#include "exit_codes.hpp"
#include "host/host_instances.hpp"
#include "host_setup.hpp"
#include "signal_watch.hpp"

namespace kvm48::app {
namespace {

CrawlOptions crawl_options(const ParsedOptions& options) {
  CrawlOptions crawl;
  crawl.full = options.has("full");
  crawl.legacy = options.has("legacy");
  if (auto pages = options.value("limit-pages")) {
    const auto value = host::parse_integer(*pages);
    if (!value || *value < 1)
      throw UsageError{"--limit-pages: expected a positive integer, found '" + *pages + "'"};
    crawl.limit_pages = *value;
  }
  return crawl;
}

/// The sources to run: all enabled ones, or those named by --source.
std::vector<host::SourceInstance> selected(std::vector<host::SourceInstance> sources,
                                           const std::vector<std::string>& names) {
  if (names.empty()) return sources;
  std::vector<host::SourceInstance> chosen;
  for (const auto& name : names) {
    const auto it =
        std::find_if(sources.begin(), sources.end(), [&](const auto& s) { return s.name == name; });
    if (it == sources.end()) {
      std::string known;
      for (const auto& s : sources) known += (known.empty() ? "" : ", ") + s.name;
      throw UsageError{"--source " + name + ": no enabled source of that name (enabled: " +
                       (known.empty() ? "none" : known) + ")"};
    }
    chosen.push_back(*it);
  }
  return chosen;
}

std::string summary(const CrawlRun& run) {
  const auto seconds = run.finished_at_ms ? (*run.finished_at_ms - run.started_at_ms) / 100 : 0;
  std::string line = run.source + ": " + std::string(to_string(run.outcome)) + ", " +
                     std::to_string(run.items_new) + " new, " + std::to_string(run.items_updated) +
                     " updated, " + std::to_string(run.items_unchanged) + " unchanged, " +
                     std::to_string(run.requests) + " requests, " + std::to_string(run.retries) +
                     " retries, " + std::to_string(seconds / 10) + "." +
                     std::to_string(seconds % 10) + " s (run " + run.run_id + ")";
  if (!run.error.empty()) line += ": " + run.error;
  return line;
}

int run(const ParsedOptions& options) {
  const CrawlOptions crawl = crawl_options(options);
  const host::Config config = load_host_config(options, true);
  const host::PluginRegistry registry = scan_plugins(config);
  host::HostInstances instances = host::create_instances(config, registry);
  const auto sources = selected(instances.sources, options.values("source"));
  if (sources.empty()) throw CommandFailure{"no source is enabled in " + config.file.string()};

  MigrationReport report;
  const auto backend = open_backend(config, registry, config.backend.migrate, report);
  bool locked = false;
  if (Status status = backend->try_acquire_crawl_lock(locked); !status.ok()) {
    throw CommandFailure{"cannot take the crawl lock: " + status.message()};
  }
  if (!locked) {
    throw CommandFailure{"another kvm48-server instance is crawling this database; not crawling",
                         kExitTempFail};
  }
  host::CrawlRunner runner(*backend, host::crawl_settings(config.crawl));
  SignalWatch signals([&runner](int) { runner.cancel_all(); });
  bool all_succeeded = true;
  for (const auto& source : sources) {
    const host::RunResult result = runner.run(source, crawl);
    std::cout << summary(result.run) << std::endl;
    all_succeeded = all_succeeded && result.status.ok();
  }
  backend->release_crawl_lock();
  return all_succeeded ? kExitOk : kExitFailure;
}

}  // namespace

Command crawl_command() {
  return {{"crawl"},
          "Crawl every enabled source once (cron style) and print a line per source",
          "Runs one crawl of each enabled source instance, or of those named with --source, one\n"
          "after the other, storing what they find in the configured backend, and prints one\n"
          "summary line per source. Incremental by default: a list stops at the first page that\n"
          "holds an item already stored. Takes the backend's crawl lock first, so that of several\n"
          "instances sharing a database only one crawls. SIGINT/SIGTERM stop the running crawl\n"
          "after what it has committed. Exit status 0 when every source succeeded, 1 when any\n"
          "failed, 75 when another instance holds the crawl lock, 78 on a bad configuration.",
          {{"full", '\0', false, false, "", "walk every page instead of stopping at known items"},
           {"legacy", '\0', false, false, "", "include the defunct groups (SHY48, CKG48)"},
           {"limit-pages", '\0', true, false, "N", "fetch at most N list pages per list"},
           {"source", '\0', true, true, "NAME", "crawl only this source instance (repeatable)"}},
          run};
}

}  // namespace kvm48::app
