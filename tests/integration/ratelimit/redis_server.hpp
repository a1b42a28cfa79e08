#pragma once
// A throwaway redis-server for one test: started on a free 127.0.0.1 port in its own
// temporary directory (no persistence), stopped and removed by the destructor.

#include <memory>
#include <string>

#include <Poco/Redis/Client.h>

namespace kvm48::ratelimit::testing {

class RedisServer {
 public:
  /// Starts redis-server (KVM48_REDIS_SERVER, found by CMake) and waits until it answers
  /// PING (5 s at most). `password`: --requirepass when not empty. Throws std::runtime_error
  /// with the server's log when it does not come up.
  explicit RedisServer(std::string password = {});
  ~RedisServer();
  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;

  [[nodiscard]] int port() const { return port_; }
  /// "redis://[:password@]127.0.0.1:<port>/<db>"
  [[nodiscard]] std::string url(int db = 0) const;
  /// A connected (and authenticated) client for inspecting what the limiter wrote.
  [[nodiscard]] std::unique_ptr<Poco::Redis::Client> admin(int db = 0) const;

  /// Stops the server (SIGTERM) and waits until its port refuses connections.
  void stop();
  /// Starts it again on the same port (after stop()).
  void start();
  /// Freezes / thaws the process (SIGSTOP / SIGCONT): connections are accepted by the kernel
  /// but never answered, the worst case for a client's timeouts.
  void freeze();
  void thaw();

 private:
  [[nodiscard]] bool answers_ping() const;

  std::string password_;
  std::string directory_;
  int port_ = 0;
  int pid_ = 0;
};

}  // namespace kvm48::ratelimit::testing
