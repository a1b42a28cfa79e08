#pragma once
// redis:// — counters shared by every server instance that points at the same Redis.

#include <memory>

#include "ratelimit/redis_connection_pool.hpp"
#include "ratelimit/storage.hpp"
#include "ratelimit/storage_url.hpp"

namespace kvm48::ratelimit {

struct RedisScript;

/// Each hit is one EVALSHA of a Lua script (redis_scripts.hpp), so concurrent hits from any
/// number of threads and processes are counted exactly. Thread-safe (a connection pool).
/// Every failure (refused, timed out, bad password, error reply) throws StorageUnavailable
/// within about connect_timeout + command_timeout; after a failed connect, calls fail fast
/// for RedisOptions::retry_interval. Constructing does no I/O.
class RedisStorage final : public Storage {
 public:
  RedisStorage(RedisUrl url, RedisOptions options);

  WindowState hit_fixed_window(const std::string& key, std::uint64_t amount, std::int64_t window_ms,
                               bool elastic, std::int64_t now_ms) override;
  WindowState hit_moving_window(const std::string& key, std::uint64_t amount,
                                std::int64_t window_ms, std::int64_t now_ms) override;
  /// PING on a pooled connection, attempted even within the retry interval.
  void check() override;
  [[nodiscard]] std::string kind() const override { return "redis"; }

 private:
  WindowState run(const RedisScript& script, const std::string& key,
                  const std::vector<std::string>& args);

  std::unique_ptr<RedisConnectionPool> pool_;
};

}  // namespace kvm48::ratelimit
