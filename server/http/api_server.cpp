#include "http/api_server.hpp"

#include <chrono>
#include <stdexcept>
#include <thread>

#include <Poco/Net/SocketAddress.h>

#include "api/api_schema.hpp"
#include "http/event_server.hpp"
#include "http/routes.hpp"

namespace kvm48::http {

/// The routes as the transport's request handler. Runs on every loop thread at once.
class RouteHandler final : public RequestHandler {
 public:
  explicit RouteHandler(ServerState& state) : state_(state) {}

  void handle(const HttpRequest& request, HttpResponse& response,
              const std::string& peer) override {
    const auto started = Clock::now();
    Exchange exchange{request, response, peer, request.path, request.query, "other", 0};
    try {
      route_request(state_, exchange);
    } catch (const std::exception& e) {
      // A bug or a resource failure in one request must not take the server down.
      state_.log.error("%s %s failed: %s", request.method, request.uri, std::string(e.what()));
      response.clear();
      response.head = request.method == "HEAD";
      exchange.send_error(500, "Internal server error.");
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    state_.metrics.request_done(exchange.route, known_method(request.method), exchange.status,
                                seconds);
    if (state_.log.debug()) {
      state_.log.debug("%s %s %d %.1f ms %s", request.method, request.uri, exchange.status,
                       seconds * 1000, peer);
    }
  }

  void refused(const HttpRequest& request, int status) override {
    state_.metrics.request_done("other", known_method(request.method), status, 0.0);
  }

 private:
  /// Metric labels take the standard methods only (a client cannot mint label values).
  static std::string known_method(const std::string& method) {
    for (const char* known : {"GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"}) {
      if (method == known) return method;
    }
    return "other";
  }

  ServerState& state_;
};

namespace {

ConnectionSettings connection_settings(const host::ServerConfig& config) {
  ConnectionSettings settings;
  settings.limits.max_uri_bytes = static_cast<std::size_t>(config.max_uri_bytes);
  settings.limits.max_body_bytes = static_cast<std::size_t>(config.max_body_bytes);
  settings.timeout = std::chrono::seconds(config.timeout_seconds);
  settings.request_deadline = std::chrono::seconds(config.request_deadline_seconds);
  settings.keep_alive = config.keep_alive;
  settings.keep_alive_timeout = std::chrono::seconds(config.keep_alive_timeout_seconds);
  settings.max_keep_alive_requests = config.max_keep_alive_requests;
  return settings;
}

std::unique_ptr<ServerState> make_state(ServerParts parts) {
  if (!parts.backend || parts.registry == nullptr) {
    throw std::invalid_argument("ApiServer: backend and metrics registry are required");
  }
  auto engine =
      std::make_shared<const graphql::Engine>(api::build_api_schema(), parts.settings.engine);
  const graphql::Engine& engine_ref = *engine;
  auto state = std::unique_ptr<ServerState>(new ServerState{std::move(parts.settings),
                                                            std::move(parts.backend),
                                                            std::move(engine),
                                                            GraphqlOverHttp(engine_ref),
                                                            {},
                                                            std::nullopt,
                                                            {},
                                                            *parts.registry,
                                                            ServerMetrics(*parts.registry),
                                                            Poco::Logger::get("http"),
                                                            {},
                                                            {}});
  state->sources.set(std::move(parts.sources));
  state->rate_limit.set({std::move(parts.limiter), state->settings.trusted_proxies});
  if (state->settings.config.graphiql) {
    auto loaded = graphiql::Assets::load(state->settings.assets_directory);
    if (auto* error = std::get_if<std::string>(&loaded)) {
      state->assets_error = *error;
      state->log.warning("GraphiQL disabled: %s", *error);
    } else {
      state->assets.emplace(std::get<graphiql::Assets>(std::move(loaded)));
    }
  } else {
    state->assets_error = "server.graphiql is false";
  }
  return state;
}

/// server.threads event loops; 0 (or less) means one per CPU.
int loop_count(int configured) {
  if (configured > 0) return configured;
  return static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
}

}  // namespace

ApiServer::ApiServer(ServerParts parts)
    : state_(make_state(std::move(parts))),
      handler_(std::make_unique<RouteHandler>(*state_)),
      connection_settings_(
          std::make_unique<ConnectionSettings>(connection_settings(state_->settings.config))) {}

ApiServer::~ApiServer() {
  if (server_) stop();
}

void ApiServer::start() {
  const auto& listen = state_->settings.listen;
  const auto& config = state_->settings.config;
  EventServerOptions options{Poco::Net::SocketAddress(listen.host, listen.port), config.queue,
                             loop_count(config.threads), config.queue};
  server_ = std::make_unique<EventServer>(options, *connection_settings_, *handler_);
  // No queue any more: a connection is served by its loop from the moment it is accepted.
  state_->sample_connections = [server = server_.get(), &metrics = state_->metrics] {
    metrics.set_connections(server->open_connections(), 0);
  };
  server_->start();
}

std::uint16_t ApiServer::port() const {
  return server_ ? server_->port() : 0;
}

int ApiServer::stop() {
  if (!server_) return 0;
  const int left =
      server_->stop(std::chrono::seconds(state_->settings.config.shutdown_grace_seconds));
  state_->sample_connections = nullptr;
  server_.reset();
  return left;
}

}  // namespace kvm48::http
