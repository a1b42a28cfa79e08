#pragma once
// One event-loop thread: an epoll set of connections (edge-triggered), an eventfd to be
// woken, a tick every ~100 ms for timeouts. Loop 0 also accepts (level-triggered listener)
// and hands new connections round-robin to every loop through adopt().
//
// Threads: run() on the loop's own thread; adopt(), request_stop(), request_abort() and
// the counters from any thread.

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "http/connection.hpp"

namespace kvm48::http {

class EventLoop {
 public:
  /// Throws std::system_error when epoll/eventfd cannot be created.
  EventLoop(const ConnectionSettings& settings, RequestHandler& handler);
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  /// Makes this loop accept on `listen_fd` (non-blocking); `place` gets each accepted socket
  /// and its peer address and gives it to a loop (or closes it).
  void accept_on(int listen_fd, std::function<void(int, std::string)> place);
  /// Gives this loop a connected socket (ownership passes); from any thread.
  void adopt(int fd, std::string peer);
  /// Runs until stopped: returns when, after request_stop(), no connection is left, or at
  /// once after request_abort() (closing what is open).
  void run();
  /// Stop accepting; close idle connections; finish the others.
  void request_stop();
  /// Close every connection now.
  void request_abort();
  /// The listener is no longer watched (after request_stop()).
  [[nodiscard]] bool listener_released() const { return listener_released_.load(); }
  [[nodiscard]] int open_connections() const { return open_.load(); }
  /// Connections closed by request_abort().
  [[nodiscard]] int cut() const { return cut_.load(); }

 private:
  void wake();
  void accept_all();
  void take_adopted(Clock::time_point now);
  void close_connection(Connection* connection);
  void send_deferred(Clock::time_point now);
  void tick(Clock::time_point now);

  const ConnectionSettings& settings_;
  RequestHandler& handler_;
  int epoll_fd_ = -1;
  int wake_fd_ = -1;
  int listen_fd_ = -1;
  std::function<void(int, std::string)> place_;
  std::unordered_map<Connection*, std::unique_ptr<Connection>> connections_;
  std::vector<Connection*> deferred_;  ///< answers to send once the batch is handled
  std::mutex adopted_mutex_;
  std::vector<std::pair<int, std::string>> adopted_;  ///< guarded by adopted_mutex_
  std::atomic<bool> stop_{false};
  std::atomic<bool> abort_{false};
  std::atomic<bool> listener_released_{false};
  std::atomic<int> open_{0};
  std::atomic<int> cut_{0};
};

}  // namespace kvm48::http
