// What `serve` and `run` share: the API server until SIGTERM/SIGINT, with the crawl
// scheduler for `run`.

#include <algorithm>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include "serve_loop.hpp"

#include "backend_session.hpp"
#include "command_failure.hpp"
#include "config/config_issue.hpp"
#include "crawl/crawl_runner.hpp"
#include "crawl/crawl_settings_from_config.hpp"
#include "crawl_metrics.hpp"
#include "exit_codes.hpp"
#include "host/host_instances.hpp"
#include "host_setup.hpp"
#include "http/api_server.hpp"
#include "metrics/build_info.hpp"
#include "scheduled_crawls.hpp"
#include "server_setup.hpp"
#include "service_notify.hpp"
#include "signal_watch.hpp"

namespace kvm48::app {
namespace {

/// The signals the main loop acts on, in arrival order (the watcher thread pushes them).
class SignalQueue {
 public:
  void push(int signal) {
    std::lock_guard lock(mutex_);
    signals_.push_back(signal);
    cv_.notify_all();
  }
  int wait() {
    std::unique_lock lock(mutex_);
    cv_.wait(lock, [this] { return !signals_.empty(); });
    const int signal = signals_.front();
    signals_.pop_front();
    return signal;
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<int> signals_;
};

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

/// SIGHUP: re-read the configuration and apply what can change while serving (sources,
/// schedules, plugins, crawl settings, rate limits, trusted proxies, log level and format),
/// all or nothing: a configuration with any error is refused, with each error logged, and the
/// running one stays.
void reload(const ParsedOptions& options, http::ApiServer& server, ScheduledCrawls* crawls) {
  auto& log = Poco::Logger::get("reload");
  log.information("SIGHUP: reloading the configuration%s",
                  std::string(crawls ? " and the plugins" : ""));
  std::shared_ptr<ratelimit::RateLimiter> limiter;
  http::ServerSettings settings;
  host::Config config;
  try {
    config = load_host_config(options, true);
    settings = server_settings(config);
    limiter = make_rate_limiter(settings.rate_limit);
  } catch (const host::ConfigError& e) {
    for (const auto& issue : e.issues()) log.error(issue.to_string());
    log.error("reload refused; the running configuration stays");
    return;
  } catch (const std::exception& e) {
    log.error("%s; reload refused, the running configuration stays", std::string(e.what()));
    return;
  } catch (const CommandFailure& e) {
    log.error("%s; reload refused, the running configuration stays", e.message);
    return;
  }
  if (crawls && !crawls->reload(config)) return;
  server.set_rate_limit(std::move(limiter), settings.trusted_proxies);
  log.information(
      "rate limiting now %s; listen address, threads, limits and the backend apply "
      "at the next restart",
      describe_rate_limit(settings.rate_limit));
}

}  // namespace

int serve_until_stopped(const ParsedOptions& options, bool crawl) {
  SignalQueue signals_received;
  // First, before any thread starts: SIGTERM/SIGINT/SIGHUP go to the watcher thread only.
  SignalWatch signals([&signals_received](int signal) { signals_received.push(signal); });

  host::Config config = load_host_config(options, true);
  if (auto listen = options.value("listen")) {
    config.server.listen = *listen;
    config.server.listen_at = {"--listen", 0, 0, "server.listen"};
  }
  http::ServerSettings settings = server_settings(config);
  auto limiter = make_rate_limiter(settings.rate_limit);
  const std::string limiting = describe_rate_limit(settings.rate_limit);
  host::PluginRegistry registry = scan_plugins(config);
  // Sources are created (and their options checked) before anything is opened.
  if (crawl) host::create_instances(config, registry);
  MigrationReport report;
  // The backend holds its plugin library itself, so it outlives the registry's generation.
  auto backend = open_backend(config, registry, config.backend.migrate, report);
  metrics::Registry metrics_registry;
  metrics::register_build_info(metrics_registry, build_info());
  CrawlMetrics crawl_metrics(metrics_registry);
  std::optional<ScheduledCrawls> crawls;

  auto& log = Poco::Logger::get("server");
  http::ApiServer server({std::move(settings), backend, std::move(limiter), &metrics_registry,
                          configured_sources(config, registry)});
  // A reload tells the API the sources it applied.
  if (crawl) {
    crawls.emplace(*backend, &crawl_metrics,
                   [&server](auto sources) { server.set_sources(std::move(sources)); });
  }
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
  if (crawls) crawls->start(config, std::move(registry));
  notify_ready();  // listening, plugins loaded

  int signal = 0;
  while ((signal = signals_received.wait()) == SIGHUP) {
    notify_reloading();
    reload(options, server, crawls ? &*crawls : nullptr);
    notify_ready();  // a refused reload keeps serving the old configuration: ready all the same
  }
  notify_stopping();
  log.information("signal %d: stopping (finishing requests in flight)", signal);
  // Crawls first: each commits what it has and records the run as cancelled.
  if (crawls) crawls->stop();
  const int left = server.stop();
  if (left > 0) log.warning("%d connection(s) cut at the end of the grace period", left);
  log.information("stopped");
  return kExitOk;
}

}  // namespace kvm48::app
