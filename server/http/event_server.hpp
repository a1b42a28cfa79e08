#pragma once
// The event-driven HTTP/1.1 transport: a listening socket and N event-loop threads; a
// connection belongs to one loop for its life and holds no thread between requests.
//
// Life cycle (from one controlling thread): construct (binds and listens, throws
// Poco::Exception when it cannot), start(), stop(). Handlers run on the loop threads.

#include <chrono>
#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include "http/event_loop.hpp"

namespace kvm48::http {

struct EventServerOptions {
  Poco::Net::SocketAddress address;
  int backlog = 64;
  int threads = 1;           ///< event loops (at least 1)
  int max_connections = 64;  ///< beyond it, new connections are closed at once
};

class EventServer {
 public:
  /// Binds (SO_REUSEADDR, not SO_REUSEPORT: a second server on the port must fail) and
  /// listens. `settings` and `handler` must outlive the server.
  EventServer(const EventServerOptions& options, const ConnectionSettings& settings,
              RequestHandler& handler);
  ~EventServer();
  EventServer(const EventServer&) = delete;
  EventServer& operator=(const EventServer&) = delete;

  [[nodiscard]] std::uint16_t port() const { return port_; }
  void start();
  /// Stops accepting (the port is released), closes idle connections, lets the others finish
  /// their request within `grace`, then cuts them. Returns the number cut.
  int stop(std::chrono::seconds grace);
  [[nodiscard]] int open_connections() const;

 private:
  void place(int fd, std::string peer);

  Poco::Net::ServerSocket listener_;
  int max_connections_;
  std::uint16_t port_ = 0;
  std::vector<std::unique_ptr<EventLoop>> loops_;
  std::vector<std::thread> threads_;
  unsigned next_loop_ = 0;  ///< used by loop 0's thread only
};

}  // namespace kvm48::http
