#include "read_pool.hpp"

#include <utility>

namespace kvm48::sqlite {

ReadPool::ReadPool(Opener open, std::size_t max_idle)
    : open_(std::move(open)), max_idle_(max_idle) {}

ReadPool::Lease ReadPool::borrow() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(connection));
    }
  }
  return Lease(*this, open_());  // opened outside the lock: other readers go on
}

void ReadPool::give_back(std::unique_ptr<Connection> connection) noexcept {
  if (!connection) return;
  std::unique_ptr<Connection> surplus;
  {
    std::lock_guard lock(mutex_);
    if (idle_.size() < max_idle_) {
      idle_.push_back(std::move(connection));
    } else {
      surplus = std::move(connection);
    }
  }
  // `surplus` (if any) closes here, outside the lock.
}

}  // namespace kvm48::sqlite
