#include "crawl_lock.hpp"

#include "migrate.hpp"
#include "pg/error.hpp"

namespace kvm48::postgres {

CrawlLock::CrawlLock(pg::ConnectOptions options, std::string schema)
    : options_(std::move(options)), schema_(std::move(schema)) {
  options_.application_name += " crawl-lock";
}

bool CrawlLock::alive_locked() noexcept {
  if (!holder_) return false;
  try {
    holder_->exec("SELECT 1");
    return true;
  } catch (const pg::Error&) {
    holder_.reset();  // the session, and with it the lock, is gone
    return false;
  }
}

bool CrawlLock::try_acquire() {
  std::lock_guard lock(mutex_);
  if (alive_locked()) return true;
  auto conn = std::make_unique<pg::Connection>(options_);
  const bool taken = conn->exec(std::string("SELECT pg_try_advisory_lock(") + pg::kLockKeySql + ")",
                                pg::Params().add(schema_).add("crawl"))
                         .boolean(0, 0);
  if (taken) holder_ = std::move(conn);
  return taken;
}

bool CrawlLock::held() noexcept {
  std::lock_guard lock(mutex_);
  return alive_locked();
}

void CrawlLock::release() noexcept {
  std::lock_guard lock(mutex_);
  holder_.reset();  // PQfinish ends the session; the server drops its advisory locks
}

}  // namespace kvm48::postgres
