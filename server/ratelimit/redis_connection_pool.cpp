#include "ratelimit/redis_connection_pool.hpp"

#include <Poco/Exception.h>
#include <Poco/Redis/Array.h>
#include <Poco/Timespan.h>

#include "ratelimit/storage.hpp"

namespace kvm48::ratelimit {
namespace {

std::int64_t steady_now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

Poco::Timespan to_timespan(std::chrono::milliseconds duration) {
  return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(duration.count()) * 1000);
}

}  // namespace

RedisConnectionPool::Lease::Lease(RedisConnectionPool& pool,
                                  std::unique_ptr<Poco::Redis::Client> client, bool reused)
    : pool_(pool), client_(std::move(client)), reused_(reused) {}

RedisConnectionPool::Lease::~Lease() {
  pool_.give_back(std::move(client_));
}

RedisConnectionPool::RedisConnectionPool(RedisUrl url, RedisOptions options)
    : url_(std::move(url)), options_(options) {}

RedisConnectionPool::~RedisConnectionPool() = default;

void RedisConnectionPool::note_failure() {
  const auto interval =
      std::chrono::duration_cast<std::chrono::nanoseconds>(options_.retry_interval);
  failed_until_ns_.store(steady_now_ns() + interval.count(), std::memory_order_relaxed);
}

void RedisConnectionPool::note_success() {
  if (failed_until_ns_.load(std::memory_order_relaxed) != 0) {
    failed_until_ns_.store(0, std::memory_order_relaxed);
  }
}

RedisConnectionPool::Lease RedisConnectionPool::acquire(bool ignore_backoff) {
  if (!ignore_backoff && steady_now_ns() < failed_until_ns_.load(std::memory_order_relaxed)) {
    throw StorageUnavailable("redis " + url_.redacted() +
                             " unreachable (recent failure; next attempt after retry interval)");
  }
  std::unique_lock lock(mutex_);
  bool got = returned_.wait_for(lock, options_.command_timeout,
                                [this] { return !idle_.empty() || open_ < options_.pool_size; });
  if (!got) throw StorageUnavailable("redis " + url_.redacted() + ": all pooled connections busy");
  if (!idle_.empty()) {
    auto client = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(client), true);
  }
  ++open_;
  lock.unlock();
  try {
    return Lease(*this, connect(), false);
  } catch (...) {
    lock.lock();
    --open_;
    returned_.notify_one();
    lock.unlock();
    note_failure();
    throw;
  }
}

void RedisConnectionPool::give_back(std::unique_ptr<Poco::Redis::Client> client) {
  std::lock_guard lock(mutex_);
  if (client) {
    idle_.push_back(std::move(client));
  } else {
    --open_;
  }
  returned_.notify_one();
}

// Opens, authenticates and selects the database. Throws StorageUnavailable.
std::unique_ptr<Poco::Redis::Client> RedisConnectionPool::connect() {
  auto client = std::make_unique<Poco::Redis::Client>();
  std::string step = "connect";
  try {
    client->connect(url_.host, url_.port, to_timespan(options_.connect_timeout));
    client->setReceiveTimeout(to_timespan(options_.connect_timeout));
    if (!url_.password.empty() || !url_.user.empty()) {
      step = "AUTH";
      Poco::Redis::Array auth;
      auth << "AUTH";
      if (!url_.user.empty()) auth << url_.user;
      auth << url_.password;
      client->execute<std::string>(auth);
    }
    if (url_.db != 0) {
      step = "SELECT";
      Poco::Redis::Array select;
      select << "SELECT" << std::to_string(url_.db);
      client->execute<std::string>(select);
    }
    client->setReceiveTimeout(to_timespan(options_.command_timeout));
  } catch (const Poco::Exception& error) {
    throw StorageUnavailable("redis " + url_.redacted() + ": " + step +
                             " failed: " + error.displayText());
  }
  return client;
}

}  // namespace kvm48::ratelimit
