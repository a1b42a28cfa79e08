#include "kept_snapshot.hpp"

#include <atomic>
#include <cstring>
#include <string>

namespace kvm48::sqlite {
namespace {

// The WAL index is mapped in regions of this size (WALINDEX_PGSZ in SQLite); the
// header starts region 0.
constexpr int kWalIndexRegion = 32 * 1024;

const volatile void* map_wal_index(Connection& connection) {
  {
    auto mode = connection.cached("PRAGMA journal_mode");
    if (!mode->step() || mode->text(0) != "wal") return nullptr;
  }
  // A read maps the WAL index; it then stays mapped while the connection is open.
  connection.scalar("SELECT count(*) FROM sqlite_schema");
  sqlite3_file* file = nullptr;
  if (sqlite3_file_control(connection.handle(), "main", SQLITE_FCNTL_FILE_POINTER, &file) !=
          SQLITE_OK ||
      file == nullptr || file->pMethods == nullptr || file->pMethods->iVersion < 2 ||
      file->pMethods->xShmMap == nullptr) {
    return nullptr;
  }
  void volatile* region = nullptr;
  // bExtend = 0: only an existing mapping is returned, nothing is created.
  if (file->pMethods->xShmMap(file, 0, kWalIndexRegion, 0, &region) != SQLITE_OK) return nullptr;
  return region;
}

}  // namespace

KeptSnapshot::KeptSnapshot(Connection& connection)
    : connection_(connection), header_(map_wal_index(connection)) {}

KeptSnapshot::Header KeptSnapshot::current_header() const noexcept {
  // A commit writes the header's second copy, then the first (with a barrier between);
  // a torn read of the first copy differs from what was seen, so it only renews.
  std::atomic_thread_fence(std::memory_order_acquire);
  Header header;
  std::memcpy(header.data(), const_cast<const void*>(header_), header.size());
  return header;
}

bool KeptSnapshot::open() const noexcept {
  return sqlite3_get_autocommit(connection_.handle()) == 0;
}

void KeptSnapshot::renew_if_stale() {
  const bool kept = open();
  if (kept && current_header() == seen_) return;
  if (kept) end();
  // Read before the transaction takes its snapshot (at the first read), so a commit
  // between the two is seen as a change later: a needless renewal, never a stale read.
  seen_ = current_header();
  static const std::string begin = "BEGIN DEFERRED";
  connection_.cached(begin)->run();
  ++begun_;
}

void KeptSnapshot::end() noexcept {
  if (!open()) return;
  // A cached COMMIT, as Transaction's: renewals follow every commit while reads go on.
  static const std::string commit = "COMMIT";
  try {
    connection_.cached(commit)->run();
  } catch (...) {
    sqlite3_exec(connection_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

}  // namespace kvm48::sqlite
