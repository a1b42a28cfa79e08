#include "ratelimit/redis_storage.hpp"

#include <Poco/Exception.h>
#include <Poco/Redis/Array.h>
#include <Poco/Redis/Exception.h>

#include "ratelimit/redis_scripts.hpp"

namespace kvm48::ratelimit {
namespace {

// A pooled connection the server closed while it sat idle (Redis restarted, idle timeout):
// the command never reached Redis, so running it again on a fresh connection is safe.
bool lost_while_idle(const RedisConnectionPool::Lease& lease, const Poco::Exception& error) {
  return lease.reused() && dynamic_cast<const Poco::Redis::RedisException*>(&error) != nullptr &&
         error.message().find("Lost connection") != std::string::npos;
}

// Runs `work` on a pooled connection. Any failure closes that connection and becomes
// StorageUnavailable; a timeout also starts the retry interval (Redis is alive but not
// answering: the next hits should not wait too). Connect failures start it in the pool.
template <typename Work>
auto with_connection(RedisConnectionPool& pool, bool ignore_backoff, const char* what,
                     Work&& work) {
  for (int attempt = 1;; ++attempt) {
    auto lease = pool.acquire(ignore_backoff);
    std::string error_text;
    try {
      auto result = work(lease.client());
      pool.note_success();
      return result;
    } catch (const Poco::Exception& error) {
      lease.discard();
      if (attempt == 1 && lost_while_idle(lease, error)) continue;
      if (dynamic_cast<const Poco::TimeoutException*>(&error) != nullptr) pool.note_failure();
      error_text = error.displayText();
    } catch (const std::exception& error) {
      lease.discard();
      error_text = error.what();
    }
    throw StorageUnavailable("redis " + pool.url().redacted() + ": " + what +
                             " failed: " + error_text);
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
