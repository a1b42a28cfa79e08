#include "ratelimit/redis_storage.hpp"

#include <Poco/Exception.h>
#include <Poco/Redis/Array.h>

#include "ratelimit/redis_scripts.hpp"

namespace kvm48::ratelimit {
namespace {

// Runs `work` on a pooled connection; any failure closes that connection, starts the retry
// interval and becomes StorageUnavailable.
template <typename Work>
auto with_connection(RedisConnectionPool& pool, bool ignore_backoff, const char* what,
                     Work&& work) {
  auto lease = pool.acquire(ignore_backoff);
  try {
    auto result = work(lease.client());
    pool.note_success();
    return result;
  } catch (const Poco::Exception& error) {
    lease.discard();
    pool.note_failure();
    throw StorageUnavailable("redis " + pool.url().redacted() + ": " + what +
                             " failed: " + error.displayText());
  } catch (const std::exception& error) {
    lease.discard();
    pool.note_failure();
    throw StorageUnavailable("redis " + pool.url().redacted() + ": " + what +
                             " failed: " + error.what());
  }
}

}  // namespace

RedisStorage::RedisStorage(RedisUrl url, RedisOptions options)
    : pool_(std::make_unique<RedisConnectionPool>(std::move(url), options)) {}

WindowState RedisStorage::run(const RedisScript& script, const std::string& key,
                              const std::vector<std::string>& args) {
  auto reply = with_connection(*pool_, false, "rate limit script",
                               [&](auto& client) { return run_script(client, script, key, args); });
  if (reply.size() != 3 || reply[1] < 0) {
    throw StorageUnavailable("redis " + pool_->url().redacted() +
                             ": rate limit script answered an unexpected shape");
  }
  return {reply[0] == 1, static_cast<std::uint64_t>(reply[1]), reply[2]};
}

WindowState RedisStorage::hit_fixed_window(const std::string& key, std::uint64_t amount,
                                           std::int64_t window_ms, bool elastic,
                                           std::int64_t now_ms) {
  return run(fixed_window_script(), key,
             {std::to_string(window_ms), elastic ? "1" : "0", std::to_string(amount),
              std::to_string(now_ms)});
}

WindowState RedisStorage::hit_moving_window(const std::string& key, std::uint64_t amount,
                                            std::int64_t window_ms, std::int64_t now_ms) {
  return run(moving_window_script(), key,
             {std::to_string(amount), std::to_string(window_ms), std::to_string(now_ms)});
}

void RedisStorage::check() {
  with_connection(*pool_, true, "PING", [](auto& client) {
    Poco::Redis::Array ping;
    ping << "PING";
    return client.template execute<std::string>(ping);
  });
}

}  // namespace kvm48::ratelimit
