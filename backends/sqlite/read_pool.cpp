#include "read_pool.hpp"

#include <algorithm>
#include <utility>

namespace kvm48::sqlite {

struct ReadPool::Reader {
  Reader(std::unique_ptr<Connection> opened, std::size_t cache_capacity)
      : connection(std::move(opened)), snapshot(*connection), perf_vods(cache_capacity) {}
  std::unique_ptr<Connection> connection;
  KeptSnapshot snapshot;
  PerfVodCache perf_vods;
  Clock::time_point last_use{};
};

ReadPool::Lease::Lease(ReadPool& pool, std::unique_ptr<Reader> reader) noexcept
    : pool_(&pool), reader_(std::move(reader)) {}

ReadPool::Lease::~Lease() {
  pool_->give_back(std::move(reader_));
}

Connection& ReadPool::Lease::operator*() const noexcept {
  return *reader_->connection;
}

Connection* ReadPool::Lease::operator->() const noexcept {
  return reader_->connection.get();
}

PerfVodCache* ReadPool::Lease::perf_vod_cache() const noexcept {
  // Outside a kept transaction each read is a transaction of its own: nothing to keep.
  const KeptSnapshot& snapshot = reader_->snapshot;
  if (pool_->snapshot_idle_.count() == 0 || !snapshot.enabled() || !snapshot.open()) return nullptr;
  PerfVodCache& cache = reader_->perf_vods;
  if (cache.capacity() == 0) return nullptr;
  cache.follow(snapshot.transaction());
  return &cache;
}

ReadPool::ReadPool(Opener open, std::size_t max_idle, std::chrono::milliseconds snapshot_idle,
                   std::size_t perf_vod_cache)
    : open_(std::move(open)),
      max_idle_(max_idle),
      snapshot_idle_(snapshot_idle),
      perf_vod_cache_(perf_vod_cache) {
  if (snapshot_idle_.count() > 0) {
    sweeper_ = std::jthread([this](const std::stop_token& stop) { sweep(stop); });
  }
}

ReadPool::~ReadPool() = default;  // the sweeper stops first (declared last)

ReadPool::Lease ReadPool::borrow() {
  std::unique_ptr<Reader> reader;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      reader = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  // A new connection is opened outside the lock: other readers go on.
  if (!reader) reader = std::make_unique<Reader>(open_(), perf_vod_cache_);
  if (snapshot_idle_.count() > 0 && reader->snapshot.enabled()) {
    try {
      reader->snapshot.renew_if_stale();
    } catch (...) {
      give_back(std::move(reader));  // its next use begins again
      throw;
    }
  }
  return Lease(*this, std::move(reader));
}

void ReadPool::give_back(std::unique_ptr<Reader> reader) noexcept {
  if (!reader) return;
  reader->last_use = Clock::now();
  std::unique_ptr<Reader> surplus;
  {
    std::lock_guard lock(mutex_);
    if (idle_.size() < max_idle_) {
      idle_.push_back(std::move(reader));
    } else {
      surplus = std::move(reader);
    }
  }
  // `surplus` (if any) closes here, outside the lock; closing ends its transaction.
}

void ReadPool::end_idle_snapshots() noexcept {
  const auto now = Clock::now();
  std::lock_guard lock(mutex_);
  for (const auto& reader : idle_) {
    if (now - reader->last_use >= snapshot_idle_) reader->snapshot.end();
  }
}

void ReadPool::sweep(const std::stop_token& stop) {
  // Every half idle period: a kept transaction ends between 1 and 1.5 periods after
  // its connection's last use.
  const auto period = std::max(snapshot_idle_ / 2, std::chrono::milliseconds(1));
  std::mutex sleep_mutex;
  std::unique_lock sleep(sleep_mutex);
  while (!stop.stop_requested()) {
    wake_.wait_for(sleep, stop, period, [] { return false; });  // returns early on stop
    if (!stop.stop_requested()) end_idle_snapshots();
  }
}

}  // namespace kvm48::sqlite
