#include "pg/pool.hpp"

#include "pg/error.hpp"

namespace kvm48::pg {

Pool::Lease::~Lease() {
  if (conn_) pool_->give_back(std::move(conn_));
}

Pool::Pool(ConnectOptions options, std::size_t size, std::chrono::milliseconds acquire_timeout)
    : options_(std::move(options)),
      size_(size == 0 ? 1 : size),
      acquire_timeout_(acquire_timeout) {}

Pool::Lease Pool::acquire() {
  std::unique_lock lock(mutex_);
  const bool available = returned_.wait_for(lock, acquire_timeout_,
                                            [this] { return !idle_.empty() || open_ < size_; });
  if (!available) {
    throw Error("no PostgreSQL connection free after " + std::to_string(acquire_timeout_.count()) +
                    " ms (pool_size " + std::to_string(size_) + ")",
                {}, false);  // not a broken connection: with_retry must not wait twice
  }
  while (!idle_.empty()) {
    std::unique_ptr<Connection> conn = std::move(idle_.back());
    idle_.pop_back();
    if (conn->probe()) return Lease(*this, std::move(conn));
    --open_;  // broken while idle: drop it and try the next one
  }
  ++open_;  // reserve the slot, then connect without holding the lock
  lock.unlock();
  try {
    return Lease(*this, std::make_unique<Connection>(options_));
  } catch (...) {
    lock.lock();
    --open_;
    returned_.notify_one();
    throw;
  }
}

void Pool::give_back(std::unique_ptr<Connection> conn) noexcept {
  const bool keep = conn->reset_for_reuse();
  if (!keep) conn.reset();  // close outside the lock
  {
    std::lock_guard lock(mutex_);
    if (keep) {
      idle_.push_back(std::move(conn));
    } else {
      --open_;
    }
  }
  returned_.notify_one();
}

}  // namespace kvm48::pg
