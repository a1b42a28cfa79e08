#pragma once
// The HTTP API server: our routes on the event-driven transport (event_server.hpp), with
// server.threads event loops; connections hold no thread between requests.
//
// Life cycle: construct (nothing listens yet), start() (binds and accepts), stop()
// (graceful: stop accepting, let in-flight requests finish within the grace period, close
// idle keep-alive connections). The destructor stops if needed. Not copyable; start/stop
// from one thread.

#include <cstdint>
#include <memory>
#include <vector>

#include "http/server_state.hpp"

namespace kvm48::http {

class EventServer;
class RouteHandler;
struct ConnectionSettings;

struct ServerParts {
  ServerSettings settings;
  std::shared_ptr<Backend> backend;                 ///< open; read concurrently by the event loops
  std::shared_ptr<ratelimit::RateLimiter> limiter;  ///< null: limiting off
  metrics::Registry* registry = nullptr;            ///< must outlive the server
  std::vector<api::ConfiguredSource> sources;       ///< for the API's `sources`
};

class ApiServer {
 public:
  /// Builds the schema and engine and loads GraphiQL's files (a missing file is logged, and
  /// the page answers 503 saying why). Throws std::runtime_error for an unusable setup.
  explicit ApiServer(ServerParts parts);
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  /// Binds the listen address and starts accepting. Throws Poco::Exception when the address
  /// cannot be bound (in use, not local, no permission).
  void start();
  /// The bound port (the chosen one when listening on port 0). After start().
  [[nodiscard]] std::uint16_t port() const;
  /// Graceful stop; returns when every connection is closed or the grace period is over.
  /// Returns the number of connections still open then (0 normally).
  int stop();

  [[nodiscard]] ServerState& state() { return *state_; }
  /// Replaces the list the API's `sources` answers (after a reload). Any thread.
  void set_sources(std::vector<api::ConfiguredSource> sources) {
    state_->sources.set(std::move(sources));
  }
  /// Replaces the rate limiter (null: off) and the trusted proxies (after a reload); requests
  /// in flight finish with the old ones. Any thread.
  void set_rate_limit(std::shared_ptr<ratelimit::RateLimiter> limiter,
                      ratelimit::TrustedProxies trusted_proxies) {
    state_->rate_limit.set({std::move(limiter), std::move(trusted_proxies)});
  }

 private:
  std::unique_ptr<ServerState> state_;
  std::unique_ptr<RouteHandler> handler_;
  std::unique_ptr<ConnectionSettings> connection_settings_;
  std::unique_ptr<EventServer> server_;
};

}  // namespace kvm48::http
