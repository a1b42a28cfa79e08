#include "sim_server.hpp"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>

#include "request_handler.hpp"

namespace kvm48::sim {

SimServer::SimServer(SimState& state, const std::string& host, std::uint16_t port)
    : state_(state), pool_(4, 128) {
  Poco::Net::ServerSocket socket;
  socket.bind(Poco::Net::SocketAddress(host, port), true);
  socket.listen(256);
  auto* params = new Poco::Net::HTTPServerParams;  // ref-counted; the server takes ownership
  params->setMaxThreads(128);
  params->setMaxQueued(512);
  params->setKeepAlive(true);
  params->setMaxKeepAliveRequests(0);  // unlimited
  params->setTimeout(Poco::Timespan(120, 0));
  params->setServerName("nginx");
  server_ = std::make_unique<Poco::Net::HTTPServer>(new SimRequestHandlerFactory(state_), pool_,
                                                    socket, params);
}

SimServer::~SimServer() {
  stop();
}

std::uint16_t SimServer::port() const {
  return server_->port();
}

void SimServer::start() {
  server_->start();
  running_ = true;
}

void SimServer::stop() {
  if (!running_) return;
  running_ = false;
  state_.stopSignal().stop();
  server_->stopAll(true);
  pool_.joinAll();
}

}  // namespace kvm48::sim
