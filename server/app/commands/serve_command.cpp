// `kvm48-server serve`: the GraphQL API over HTTP, until SIGTERM/SIGINT.

#include <condition_variable>
#include <fstream>
#include <iostream>
#include <mutex>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

#include "backend_session.hpp"
#include "command.hpp"
#include "command_failure.hpp"
#include "exit_codes.hpp"
#include "host_setup.hpp"
#include "http/api_server.hpp"
#include "metrics/build_info.hpp"
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

int run(const ParsedOptions& options) {
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
  MigrationReport report;
  auto backend = open_backend(config, registry, true, report);
  metrics::Registry metrics_registry;
  metrics::register_build_info(metrics_registry, build_info());

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

  const int signal = stop.wait();
  log.information("signal %d: stopping (finishing requests in flight)", signal);
  const int left = server.stop();
  if (left > 0) log.warning("%d connection(s) cut at the end of the grace period", left);
  log.information("stopped");
  return kExitOk;
}

}  // namespace

Command serve_command() {
  return {{"serve"},
          "Serve the GraphQL API over HTTP until SIGTERM or SIGINT",
          "Opens the backend (applying pending migrations), then serves GraphQL over HTTP at\n"
          "/api/graphql (GraphiQL for browsers), /health, /ready and /metrics on the address of\n"
          "server.listen, with rate limiting when server.rate_limit.enabled or the original's\n"
          "RATELIMIT_STORAGE_URL is set. SIGTERM/SIGINT stop it gracefully: no new connections,\n"
          "requests in flight finish (up to server.shutdown_grace_seconds), then the backend is\n"
          "closed and the plugins unloaded. Exit status 0 after a clean stop, 1 when the address\n"
          "cannot be bound or the backend cannot be opened, 78 on a bad configuration.",
          {{"listen", '\0', true, false, "HOST:PORT",
            "listen here instead of server.listen (port 0: any free port)"},
           {"port-file", '\0', true, false, "FILE",
            "write the bound port to FILE once listening (for scripts and tests)"}},
          run};
}

}  // namespace kvm48::app
