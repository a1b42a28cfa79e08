#pragma once
// The crawl lock: a session-level PostgreSQL advisory lock held on a connection
// of its own, so exactly one of the processes sharing a database crawls.

#include <memory>
#include <mutex>
#include <string>

#include "pg/connection.hpp"

namespace kvm48::postgres {

/// Why a dedicated connection: a session advisory lock belongs to the server
/// session that took it and lasts until that session unlocks it or ends. Pooled
/// connections are shared and replaced, so the lock lives on a connection that
/// does nothing else. When the holding process dies (even by SIGKILL) the kernel
/// closes its socket, the server ends the session, and the lock is free for the
/// next try of another instance.
///
/// Threads: every method may be called from any thread (one mutex).
/// Failure: try_acquire throws pg::Error when the server cannot be asked.
class CrawlLock {
 public:
  /// `schema` scopes the lock: deployments in different schemas of one database
  /// do not exclude each other.
  CrawlLock(pg::ConnectOptions options, std::string schema);

  /// True if this object holds the lock now (already held, or just taken).
  bool try_acquire();
  /// Whether the lock is still ours: asks the server over the lock's connection
  /// (a lost connection means a lost lock).
  bool held() noexcept;
  /// Ends the session, which releases the lock. No-op if not held.
  void release() noexcept;

 private:
  bool alive_locked() noexcept;  // requires mutex_

  pg::ConnectOptions options_;  // application_name gets " crawl-lock"
  const std::string schema_;
  std::mutex mutex_;
  std::unique_ptr<pg::Connection> holder_;  // set while held; guarded by mutex_
};

}  // namespace kvm48::postgres
