#pragma once
// Read connections for concurrent readers: each reading thread borrows its own
// connection, so readers never share one and never wait for the writer (WAL).
//
// Each connection keeps its read transaction open between uses (KeptSnapshot),
// renewed whenever anything has committed; a connection left idle for
// `snapshot_idle` has its transaction ended by the pool's sweeper thread, so an
// idle server does not pin the WAL. A zero `snapshot_idle` turns keeping off. While
// a connection keeps its transaction, its PerfVodCache holds what it read by id.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

#include "kept_snapshot.hpp"
#include "perf_vod_cache.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

class ReadPool {
  struct Reader;

 public:
  using Opener = std::function<std::unique_ptr<Connection>()>;
  using Clock = std::chrono::steady_clock;

  /// `open` makes a new read connection; at most `max_idle` are kept between uses. Each
  /// connection's PerfVodCache holds at most `perf_vod_cache` records.
  ReadPool(Opener open, std::size_t max_idle, std::chrono::milliseconds snapshot_idle,
           std::size_t perf_vod_cache);
  ~ReadPool();
  ReadPool(const ReadPool&) = delete;
  ReadPool& operator=(const ReadPool&) = delete;

  /// A borrowed connection, returned to the pool when the lease ends. A lease is
  /// used by one thread; it must end before the pool is destroyed.
  class Lease {
   public:
    Lease(ReadPool& pool, std::unique_ptr<Reader> reader) noexcept;
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Connection& operator*() const noexcept;
    Connection* operator->() const noexcept;
    /// The connection's cache of perf VODs read by id in its kept transaction, or null
    /// when it keeps none (no kept transaction open, or a capacity of 0).
    [[nodiscard]] PerfVodCache* perf_vod_cache() const noexcept;

   private:
    ReadPool* pool_;
    std::unique_ptr<Reader> reader_;
  };

  /// An idle connection, or a new one if none is idle (never waits for another
  /// reader), its snapshot current. Throws sqlite::Error when a new connection cannot
  /// be opened or a transaction cannot begin.
  Lease borrow();

 private:
  void give_back(std::unique_ptr<Reader> reader) noexcept;
  /// The sweeper thread: ends the kept transactions of connections idle for at least
  /// snapshot_idle_, every half of that.
  void sweep(const std::stop_token& stop);
  void end_idle_snapshots() noexcept;

  Opener open_;
  std::size_t max_idle_;
  std::chrono::milliseconds snapshot_idle_;
  std::size_t perf_vod_cache_;
  std::mutex mutex_;
  std::condition_variable_any wake_;
  std::vector<std::unique_ptr<Reader>> idle_;
  std::jthread sweeper_;  // last: stopped and joined before the rest goes
};

}  // namespace kvm48::sqlite
