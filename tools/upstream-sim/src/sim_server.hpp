#pragma once
// The HTTP server: binds at construction (port 0 = ephemeral), serves on start(), and on
// stop() wakes every sleeping request and aborts open connections. Not copyable; stop() is
// called from the main thread only.

#include <Poco/Net/HTTPServer.h>
#include <Poco/ThreadPool.h>

#include <cstdint>
#include <memory>
#include <string>

#include "sim_state.hpp"

namespace kvm48::sim {

class SimServer {
 public:
  // Throws Poco::Exception when the address cannot be bound.
  SimServer(SimState& state, const std::string& host, std::uint16_t port);
  ~SimServer();
  SimServer(const SimServer&) = delete;
  SimServer& operator=(const SimServer&) = delete;

  std::uint16_t port() const;
  void start();
  void stop();

 private:
  SimState& state_;
  Poco::ThreadPool pool_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
  bool running_ = false;
};

}  // namespace kvm48::sim
