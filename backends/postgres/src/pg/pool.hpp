#pragma once
// A bounded, thread-safe pool of PostgreSQL connections.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "pg/connection.hpp"
#include "pg/error.hpp"

namespace kvm48::pg {

/// At most `size` connections, opened lazily, shared by any number of threads.
///
/// Threads: every method may be called from any thread. A Lease gives its
/// borrower exclusive use of one connection until the Lease is destroyed.
/// Health: a connection that broke (`usable()` false, e.g. the server restarted or
/// an administrator terminated the backend) is closed when returned, and the slot
/// is refilled with a fresh connection on the next acquire.
/// Failure: acquire() throws pg::Error when no connection frees up within
/// `acquire_timeout`, or (with connection_lost) when a new one cannot be opened.
/// Lifetime: every Lease must be gone before the pool is destroyed.
class Pool {
 public:
  class Lease {
   public:
    Lease(Lease&& other) noexcept : pool_(other.pool_), conn_(std::move(other.conn_)) {}
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Connection& operator*() const noexcept { return *conn_; }
    Connection* operator->() const noexcept { return conn_.get(); }

   private:
    friend class Pool;
    Lease(Pool& pool, std::unique_ptr<Connection> conn) : pool_(&pool), conn_(std::move(conn)) {}
    Pool* pool_;
    std::unique_ptr<Connection> conn_;
  };

  Pool(ConnectOptions options, std::size_t size, std::chrono::milliseconds acquire_timeout);
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  /// Borrows a connection, waiting for one to be returned when all are in use.
  Lease acquire();

  /// Runs `work` on a borrowed connection. If the connection turns out to be
  /// broken (pg::Error with connection_lost), runs `work` once more on a fresh
  /// connection: only for work that is safe to repeat (reads, idempotent writes).
  template <class Work>
  auto with_retry(Work&& work) -> decltype(work(std::declval<Connection&>()));

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] const ConnectOptions& options() const noexcept { return options_; }

 private:
  void give_back(std::unique_ptr<Connection> conn) noexcept;

  const ConnectOptions options_;
  const std::size_t size_;
  const std::chrono::milliseconds acquire_timeout_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Connection>> idle_;  // guarded by mutex_
  std::size_t open_ = 0;                           // idle + leased; guarded by mutex_
};

template <class Work>
auto Pool::with_retry(Work&& work) -> decltype(work(std::declval<Connection&>())) {
  try {
    Lease lease = acquire();
    return work(*lease);
  } catch (const Error& e) {
    if (!e.connection_lost()) throw;
  }
  Lease lease = acquire();
  return work(*lease);
}

}  // namespace kvm48::pg
