#pragma once
// `kvm48-server run`'s crawls as one replaceable unit: the plugins scanned for them, the
// crawl runner and the scheduler. SIGHUP builds a new unit from the re-read configuration
// and re-scanned plugin directories and swaps it in while the API keeps serving.

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "api/api_schema.hpp"
#include "config/config.hpp"
#include "crawl/crawl_runner.hpp"
#include "kvm48/backend.hpp"
#include "plugins/plugin_registry.hpp"
#include "schedule/crawl_scheduler.hpp"

namespace kvm48::app {

/// Owns the crawls of `run`. The backend and the observer outlive it. Threads: start,
/// reload and stop are called from one thread (the main loop); `sources_changed` is called
/// on that thread too.
class ScheduledCrawls {
 public:
  /// Told every configured source (disabled ones too) as the API lists it, at start and
  /// after each applied reload.
  using SourcesChanged = std::function<void(std::vector<api::ConfiguredSource>)>;

  ScheduledCrawls(Backend& backend, host::RunObserver* observer, SourcesChanged sources_changed);
  ~ScheduledCrawls();
  ScheduledCrawls(const ScheduledCrawls&) = delete;
  ScheduledCrawls& operator=(const ScheduledCrawls&) = delete;

  /// Creates every enabled source of `config` through `registry` (throws ConfigError) and
  /// starts their schedules.
  void start(const host::Config& config, host::PluginRegistry registry);

  /// The SIGHUP reload, with the configuration just re-read. Re-scans the plugin
  /// directories (loading private copies, so a plugin file replaced by a rebuilt one is
  /// loaded anew) and creates the new source instances. Only when all of that succeeds does
  /// it stop the running schedules (a run in progress is cancelled: it keeps what it
  /// committed) and start the new ones: sources whose run was cut short run again at once,
  /// the others at their next interval. Otherwise the errors are logged and the running
  /// crawls are left alone. Returns whether the new configuration was applied.
  bool reload(const host::Config& config);

  /// Cancels running crawls and stops the schedules (SIGTERM).
  void stop();

 private:
  struct Generation;
  std::unique_ptr<Generation> build(const host::Config& config,
                                    host::PluginRegistry registry) const;

  Backend& backend_;
  host::RunObserver* observer_;
  SourcesChanged sources_changed_;
  std::filesystem::path private_copies_;  ///< where reloads load plugin copies from
  std::unique_ptr<Generation> current_;
};

}  // namespace kvm48::app
