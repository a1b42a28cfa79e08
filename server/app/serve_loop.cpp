// What `serve` and `run` share: the API server until SIGTERM/SIGINT, with the crawl
// scheduler for `run`.

#include <algorithm>
#include <condition_variable>
#include <fstream>
#include <iostream>
#include <mutex>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include "serve_loop.hpp"

#include "backend_session.hpp"
#include "command_failure.hpp"
#include "crawl/crawl_runner.hpp"
#include "crawl/crawl_settings_from_config.hpp"
#include "crawl_metrics.hpp"
#include "exit_codes.hpp"
#include "host/host_instances.hpp"
#include "host_setup.hpp"
#include "http/api_server.hpp"
#include "metrics/build_info.hpp"
#include "schedule/crawl_scheduler.hpp"
#include "server_setup.hpp"
#include "signal_watch.hpp"

namespace kvm48::app {
namespace {

/// Blocks until a signal arrives (the watcher thread calls notify()).
class StopRequest {
 public:
  void notify(int signal) {
    std::lock_guard lock(mutex_);
    signal_ = signal;
    cv_.notify_all();
  }
  int wait() {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [this] { return signal_ != 0; });
    return signal_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  int signal_ = 0;
};

/// Every enabled source with its schedule.
std::vector<host::ScheduledSource> scheduled_sources(const host::Config& config,
                                                     const host::PluginRegistry& registry) {
  host::HostInstances instances = host::create_instances(config, registry);
  std::vector<host::ScheduledSource> scheduled;
  for (auto& instance : instances.sources) {
    const auto configured = std::find_if(config.sources.begin(), config.sources.end(),
                                         [&](const auto& s) { return s.name == instance.name; });
    scheduled.push_back(
        {instance, configured == config.sources.end() ? config.schedule : configured->schedule});
  }
  return scheduled;
}

void write_port_file(const std::string& path, std::uint16_t port) {
  // Written whole under a temporary name, then renamed: a reader never sees half a number.
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << port << "\n";
    if (!out) throw CommandFailure{"cannot write the port file " + temporary};
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    throw CommandFailure{"cannot rename " + temporary + " to " + path};
  }
}

}  // namespace

int serve_until_stopped(const ParsedOptions& options, bool crawl) {
  StopRequest stop;
  // First, before any thread starts: SIGTERM/SIGINT go to the watcher thread only.
  SignalWatch signals([&stop](int signal) { stop.notify(signal); });

  host::Config config = load_host_config(options, true);
  if (auto listen = options.value("listen")) {
    config.server.listen = *listen;
    config.server.listen_at = {"--listen", 0, 0, "server.listen"};
  }
  http::ServerSettings settings = server_settings(config);
  auto limiter = make_rate_limiter(settings.rate_limit);
  const std::string limiting = describe_rate_limit(settings.rate_limit);
  // The registry (and with it the plugin libraries) outlives everything below it.
  const host::PluginRegistry registry = scan_plugins(config);
  // Sources are created (and their options checked) before anything is opened.
  std::vector<host::ScheduledSource> scheduled;
  if (crawl) scheduled = scheduled_sources(config, registry);
  MigrationReport report;
  auto backend = open_backend(config, registry, true, report);
  metrics::Registry metrics_registry;
  metrics::register_build_info(metrics_registry, build_info());
  CrawlMetrics crawl_metrics(metrics_registry);
  host::CrawlRunner runner(*backend, host::crawl_settings(config.crawl));
  host::CrawlScheduler scheduler(*backend, runner, std::move(scheduled), &crawl_metrics,
                                 config.crawl.user_agent);

  auto& log = Poco::Logger::get("server");
  http::ApiServer server({std::move(settings), backend, std::move(limiter), &metrics_registry});
  try {
    server.start();
  } catch (const Poco::Exception& e) {
    throw CommandFailure{"cannot listen on " + config.server.listen + ": " + e.displayText()};
  }
  const auto& listen = server.state().settings.listen;
  const bool v6 = listen.host.find(':') != std::string::npos;
  log.information("listening on http://%s:%hu (backend %s, rate limiting %s)",
                  v6 ? "[" + listen.host + "]" : listen.host, server.port(), config.backend.plugin,
                  limiting);
  if (auto port_file = options.value("port-file")) write_port_file(*port_file, server.port());
  scheduler.start();

  const int signal = stop.wait();
  log.information("signal %d: stopping (finishing requests in flight)", signal);
  // Crawls first: each commits what it has and records the run as cancelled.
  scheduler.stop();
  const int left = server.stop();
  if (left > 0) log.warning("%d connection(s) cut at the end of the grace period", left);
  log.information("stopped");
  return kExitOk;
}

}  // namespace kvm48::app
