#pragma once
// A read transaction kept open between the uses of a read connection, and renewed
// as soon as anything commits.
//
// Why: beginning a read transaction costs SQLite a few system calls (fcntl locks on
// the database file and the WAL index, an fstat) and process-wide mutexes shared by
// every reading thread; for a one-row lookup that is a quarter of the server's CPU.
// A kept transaction costs none of that.
//
// Freshness is not traded for it. The WAL index header, in the shared memory every
// connection of every process maps (https://sqlite.org/walformat.html, "The WAL-Index
// Header"), is rewritten by every commit (its change counter and checksum move).
// Before each use the header is compared with the one seen when the transaction
// began: if it changed, the transaction ends and a new one begins, so a use sees
// exactly what a newly begun transaction would.
//
// What it costs: an open read transaction pins the WAL (a checkpoint cannot copy
// frames past it), so ReadPool ends the transactions of connections left idle.

#include <array>
#include <cstddef>
#include <cstdint>

#include "sqlite_db.hpp"

namespace kvm48::sqlite {

class KeptSnapshot {
 public:
  /// For a read connection. When the connection is not in WAL mode, or its VFS does
  /// not share the WAL index through xShmMap, enabled() is false and the connection
  /// is used as before (a transaction per read).
  explicit KeptSnapshot(Connection& connection);

  [[nodiscard]] bool enabled() const noexcept { return header_ != nullptr; }

  /// Before a use: keeps the open transaction if nothing has committed since it
  /// began; otherwise ends it and begins a new one (its snapshot is taken by the
  /// use's first read). Throws sqlite::Error.
  void renew_if_stale();

  /// Whether a kept transaction is open.
  [[nodiscard]] bool open() const noexcept;

  /// How many transactions renew_if_stale() has begun: a number that names the open
  /// one (what PerfVodCache follows).
  [[nodiscard]] std::uint64_t transaction() const noexcept { return begun_; }

  /// Ends the kept transaction, if one is open (an idle connection, a renewal): COMMIT,
  /// or ROLLBACK should that fail, so a connection never stays stuck in one.
  void end() noexcept;

 private:
  using Header = std::array<std::byte, 48>;  // one copy of the WAL index header
  [[nodiscard]] Header current_header() const noexcept;

  Connection& connection_;
  const volatile void* header_ = nullptr;  // the shared WAL index, region 0
  Header seen_{};
  std::uint64_t begun_ = 0;
};

}  // namespace kvm48::sqlite
