#include "http/api_server.hpp"

#include <chrono>
#include <stdexcept>
#include <thread>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include "api/api_schema.hpp"
#include "http/routes.hpp"

namespace kvm48::http {
namespace {

using Clock = std::chrono::steady_clock;

/// One per request (Poco deletes it after handleRequest).
class RequestHandler final : public Poco::Net::HTTPRequestHandler {
 public:
  explicit RequestHandler(ServerState& state) : state_(state) {}

  void handleRequest(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) override {
    const auto started = Clock::now();
    Exchange exchange{request, response, {}, {}, "other", 0};
    try {
      route_request(state_, exchange);
    } catch (const std::exception& e) {
      // A bug or a resource failure in one request must not take the server down.
      state_.log.error("%s %s failed: %s", request.getMethod(), request.getURI(),
                       std::string(e.what()));
      if (!response.sent()) exchange.send_error(500, "Internal server error.");
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    state_.metrics.request_done(exchange.route, known_method(request.getMethod()), exchange.status,
                                seconds);
    if (state_.log.debug()) {
      state_.log.debug("%s %s %d %.1f ms %s", request.getMethod(), request.getURI(),
                       exchange.status, seconds * 1000, request.clientAddress().toString());
    }
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

class HandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit HandlerFactory(ServerState& state) : state_(state) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest&) override {
    return new RequestHandler(state_);
  }

 private:
  ServerState& state_;
};

Poco::Net::HTTPServerParams::Ptr server_params(const host::ServerConfig& config) {
  Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(config.threads);
  params->setMaxQueued(config.queue);
  params->setKeepAlive(config.keep_alive);
  params->setKeepAliveTimeout(Poco::Timespan(config.keep_alive_timeout_seconds, 0));
  params->setMaxKeepAliveRequests(config.max_keep_alive_requests);
  params->setTimeout(Poco::Timespan(config.timeout_seconds, 0));
  params->setServerName("kvm48-server");
  // Idle pool threads end after 1 s: Poco's default pool joins its idle threads at exit,
  // and with the default 10 s idle time a stopped server could take 10 s more to exit.
  params->setThreadIdleTime(Poco::Timespan(1, 0));
  return params;
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
                                                            std::move(parts.limiter),
                                                            std::nullopt,
                                                            {},
                                                            *parts.registry,
                                                            ServerMetrics(*parts.registry),
                                                            Poco::Logger::get("http"),
                                                            {}});
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

}  // namespace

ApiServer::ApiServer(ServerParts parts) : state_(make_state(std::move(parts))) {}

ApiServer::~ApiServer() {
  if (server_) stop();
}

void ApiServer::start() {
  const auto& listen = state_->settings.listen;
  Poco::Net::ServerSocket socket;
  // SO_REUSEADDR (restart while old connections linger) but not SO_REUSEPORT: a second
  // server on the same port must fail, not share it.
  socket.bind(Poco::Net::SocketAddress(listen.host, listen.port), true, false);
  socket.listen(state_->settings.config.queue);
  port_ = socket.address().port();
  server_ = std::make_unique<Poco::Net::HTTPServer>(new HandlerFactory(*state_), socket,
                                                    server_params(state_->settings.config));
  state_->sample_connections = [server = server_.get(), &metrics = state_->metrics] {
    metrics.set_connections(server->currentConnections(), server->queuedConnections());
  };
  server_->start();
}

std::uint16_t ApiServer::port() const {
  return port_;
}

int ApiServer::stop() {
  if (!server_) return 0;
  // Stop accepting; connections finish their current request, and idle keep-alive ones
  // close (abortCurrent = false).
  server_->stopAll(false);
  const auto deadline =
      Clock::now() + std::chrono::seconds(state_->settings.config.shutdown_grace_seconds);
  while (server_->currentConnections() > 0 && Clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const int left = server_->currentConnections();
  if (left > 0) server_->stopAll(true);
  state_->sample_connections = nullptr;
  server_.reset();
  return left;
}

}  // namespace kvm48::http
