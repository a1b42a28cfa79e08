#pragma once
// Read connections for concurrent readers: each reading thread borrows its own
// connection, so readers never share one and never wait for the writer (WAL).

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "sqlite_db.hpp"

namespace kvm48::sqlite {

class ReadPool {
 public:
  using Opener = std::function<std::unique_ptr<Connection>()>;

  /// `open` makes a new read connection; at most `max_idle` are kept between uses.
  ReadPool(Opener open, std::size_t max_idle);

  /// A borrowed connection, returned to the pool when the lease ends. A lease is
  /// used by one thread; it must end before the pool is destroyed.
  class Lease {
   public:
    Lease(ReadPool& pool, std::unique_ptr<Connection> connection) noexcept
        : pool_(&pool), connection_(std::move(connection)) {}
    ~Lease() { pool_->give_back(std::move(connection_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Connection& operator*() const noexcept { return *connection_; }
    Connection* operator->() const noexcept { return connection_.get(); }

   private:
    ReadPool* pool_;
    std::unique_ptr<Connection> connection_;
  };

  /// An idle connection, or a new one if none is idle (never waits for another
  /// reader). Throws sqlite::Error when a new connection cannot be opened.
  Lease borrow();

 private:
  void give_back(std::unique_ptr<Connection> connection) noexcept;

  Opener open_;
  std::size_t max_idle_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace kvm48::sqlite
