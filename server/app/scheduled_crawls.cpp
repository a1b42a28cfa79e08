#include "scheduled_crawls.hpp"

#include <algorithm>
#include <exception>

#include <unistd.h>

#include <Poco/Logger.h>

#include "config/config_issue.hpp"
#include "crawl/crawl_settings_from_config.hpp"
#include "host/host_instances.hpp"
#include "host_setup.hpp"
#include "server_setup.hpp"

namespace kvm48::app {
namespace {

Poco::Logger& log() {
  return Poco::Logger::get("reload");
}

}  // namespace

/// Declaration order is destruction order reversed: the scheduler (which holds the source
/// instances) goes first, the runner next, the registry's libraries last.
struct ScheduledCrawls::Generation {
  host::PluginRegistry registry;
  std::unique_ptr<host::CrawlRunner> runner;
  std::unique_ptr<host::CrawlScheduler> scheduler;
  std::vector<api::ConfiguredSource> sources;  ///< every configured one, for the API
};

ScheduledCrawls::ScheduledCrawls(Backend& backend, host::RunObserver* observer,
                                 SourcesChanged sources_changed)
    : backend_(backend),
      observer_(observer),
      sources_changed_(std::move(sources_changed)),
      private_copies_(std::filesystem::temp_directory_path() /
                      ("kvm48-server-plugins-" + std::to_string(getpid()))) {}

ScheduledCrawls::~ScheduledCrawls() {
  stop();
  current_.reset();
  std::error_code ignored;
  std::filesystem::remove(private_copies_, ignored);  // empty once every copy is unloaded
}

std::unique_ptr<ScheduledCrawls::Generation> ScheduledCrawls::build(
    const host::Config& config, host::PluginRegistry registry) const {
  auto generation = std::make_unique<Generation>(Generation{std::move(registry), {}, {}, {}});
  host::HostInstances instances = host::create_instances(config, generation->registry);
  std::vector<host::ScheduledSource> scheduled;
  for (auto& instance : instances.sources) {
    const auto configured = std::find_if(config.sources.begin(), config.sources.end(),
                                         [&](const auto& s) { return s.name == instance.name; });
    host::ScheduleConfig schedule =
        configured == config.sources.end() ? config.schedule : configured->schedule;
    scheduled.push_back({instance, schedule});
  }
  generation->sources = configured_sources(config, generation->registry);
  generation->runner =
      std::make_unique<host::CrawlRunner>(backend_, host::crawl_settings(config.crawl));
  generation->scheduler = std::make_unique<host::CrawlScheduler>(
      backend_, *generation->runner, std::move(scheduled), observer_, config.crawl.user_agent);
  return generation;
}

void ScheduledCrawls::start(const host::Config& config, host::PluginRegistry registry) {
  current_ = build(config, std::move(registry));
  if (sources_changed_) sources_changed_(current_->sources);
  current_->scheduler->start();
}

bool ScheduledCrawls::reload(const host::Config& config) {
  std::unique_ptr<Generation> next;
  try {
    next = build(config, scan_plugins(config, private_copies_));
  } catch (const host::ConfigError& e) {
    for (const auto& issue : e.issues()) log().error(issue.to_string());
    log().error("reload refused; the running configuration stays");
    return false;
  } catch (const std::exception& e) {
    log().error(std::string(e.what()) + "; reload refused, the running configuration stays");
    return false;
  }
  // Everything new exists: only now does anything running stop.
  current_->scheduler->keep_crawl_lock_on_stop();
  const std::vector<std::string> cut_short = current_->scheduler->stop();
  for (const auto& name : cut_short) {
    log().information(name + ": its run was cancelled by the reload; it runs again now");
  }
  current_ = std::move(next);  // the old sources go, and with them the old libraries
  std::string summary;
  std::size_t enabled = 0;
  for (const auto& s : current_->sources) {
    if (!s.enabled) continue;
    ++enabled;
    summary +=
        (summary.empty() ? "" : ", ") + s.name + " (" + s.plugin + " " + s.plugin_version + ")";
  }
  log().information("reloaded: " + std::to_string(enabled) + " source(s)" +
                    (summary.empty() ? "" : ": " + summary) +
                    "; backend settings apply at the next restart");
  if (sources_changed_) sources_changed_(current_->sources);
  current_->scheduler->start_after_reload(cut_short);
  return true;
}

void ScheduledCrawls::stop() {
  if (current_) current_->scheduler->stop();
}

}  // namespace kvm48::app
