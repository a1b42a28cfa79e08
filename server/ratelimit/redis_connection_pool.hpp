#pragma once
// A bounded pool of authenticated Poco::Redis connections with connect and command timeouts.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include <Poco/Redis/Client.h>

#include "ratelimit/storage_url.hpp"

namespace kvm48::ratelimit {

struct RedisOptions {
  /// Longest wait to open a TCP connection (and run AUTH/SELECT on it).
  std::chrono::milliseconds connect_timeout{200};
  /// Longest wait for one reply; also the longest wait for a free pooled connection.
  std::chrono::milliseconds command_timeout{200};
  /// Connections kept open at most (one per concurrently limited request).
  std::size_t pool_size = 16;
  /// After a failure to connect, fail fast (no new attempt) for this long, so that a dead
  /// Redis costs each request nothing rather than a connect timeout. 0 disables it.
  std::chrono::milliseconds retry_interval{1000};
};

/// Thread-safe. Connections are created on demand up to pool_size; a connection that saw
/// any error is closed, never reused. Throws StorageUnavailable (storage.hpp) on failure;
/// error texts name the server (redacted URL), never the password.
class RedisConnectionPool {
 public:
  RedisConnectionPool(RedisUrl url, RedisOptions options);
  ~RedisConnectionPool();
  RedisConnectionPool(const RedisConnectionPool&) = delete;
  RedisConnectionPool& operator=(const RedisConnectionPool&) = delete;

  /// A borrowed connection, returned to the pool on destruction unless discard()ed.
  class Lease {
   public:
    Lease(RedisConnectionPool& pool, std::unique_ptr<Poco::Redis::Client> client, bool reused);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Poco::Redis::Client& client() { return *client_; }
    /// The connection is in an unknown state (timeout, I/O error): close it.
    void discard() { client_.reset(); }
    /// The connection was idle in the pool (it may have been closed by the server since).
    [[nodiscard]] bool reused() const { return reused_; }

   private:
    RedisConnectionPool& pool_;
    std::unique_ptr<Poco::Redis::Client> client_;
    bool reused_;
  };

  /// Borrows a connection (opening one if none is idle). `ignore_backoff`: try even inside
  /// the retry interval after a failure (the /ready check does).
  Lease acquire(bool ignore_backoff = false);
  /// Marks the server unreachable now (starts the retry interval).
  void note_failure();
  /// Ends the retry interval early (lock-free when none is running).
  void note_success();

  [[nodiscard]] const RedisUrl& url() const { return url_; }
  [[nodiscard]] const RedisOptions& options() const { return options_; }

 private:
  std::unique_ptr<Poco::Redis::Client> connect();
  void give_back(std::unique_ptr<Poco::Redis::Client> client);

  RedisUrl url_;
  RedisOptions options_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Poco::Redis::Client>> idle_;
  std::size_t open_ = 0;                          // connections alive, idle or lent
  std::atomic<std::int64_t> failed_until_ns_{0};  // steady_clock; 0: no interval running
};

}  // namespace kvm48::ratelimit
