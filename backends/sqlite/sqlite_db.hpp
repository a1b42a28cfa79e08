#pragma once
// A small RAII layer over the sqlite3 C API: a connection with a statement cache,
// statements, and transactions. Errors are thrown as sqlite::Error inside the
// plugin; the backend turns them into a Status at its public methods.
//
// Threads: a Connection and its statements are used by one thread at a time
// (connections are opened with SQLITE_OPEN_NOMUTEX); the backend guarantees it.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <sqlite3.h>

namespace kvm48::sqlite {

/// An SQLite failure: the primary/extended result code and sqlite3_errmsg.
class Error : public std::runtime_error {
 public:
  Error(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
  [[nodiscard]] int code() const noexcept { return code_; }
  [[nodiscard]] bool is_constraint() const noexcept { return (code_ & 0xff) == SQLITE_CONSTRAINT; }

 private:
  int code_;
};

/// A prepared statement. Owned by its Connection's cache or by the caller.
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void bind(int index, std::int64_t value);
  void bind(int index, std::string_view value);
  void bind(int index, const std::optional<std::int64_t>& value);
  void bind(int index, const std::optional<std::string>& value);
  void bind_null(int index);

  /// Runs one step: true when a row is available, false when done.
  bool step();
  /// Runs to completion (for statements that return no rows).
  void run();
  /// Back to the start with bindings cleared; ends any read it holds open.
  void reset() noexcept;

  [[nodiscard]] std::int64_t int64(int column) const;
  [[nodiscard]] std::optional<std::int64_t> optional_int64(int column) const;
  [[nodiscard]] std::string text(int column) const;
  /// The text of a column without a copy: valid until the next step or reset.
  [[nodiscard]] std::string_view text_view(int column) const;
  [[nodiscard]] std::optional<std::string> optional_text(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

/// A cached statement in use: resets it when the scope ends, so a half-read
/// SELECT never keeps a snapshot or a lock alive.
class StatementUse {
 public:
  explicit StatementUse(Statement& statement) noexcept : statement_(&statement) {}
  ~StatementUse() { statement_->reset(); }
  StatementUse(const StatementUse&) = delete;
  StatementUse& operator=(const StatementUse&) = delete;
  Statement* operator->() const noexcept { return statement_; }
  Statement& operator*() const noexcept { return *statement_; }

 private:
  Statement* statement_;
};

/// One database connection with a cache of prepared statements keyed by SQL text.
class Connection {
 public:
  /// Opens `path` (read-write, created if missing) and sets busy_timeout.
  Connection(const std::string& path, int busy_timeout_ms);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  /// Runs one or more statements without results.
  void exec(const std::string& sql);
  /// The cached statement for `sql` (prepared on first use), reset.
  StatementUse cached(const std::string& sql);
  /// A single integer answer (e.g. `PRAGMA user_version`, `SELECT count(*)`).
  std::int64_t scalar(const std::string& sql);
  [[nodiscard]] bool table_exists(const std::string& name);
  [[nodiscard]] sqlite3* handle() const noexcept { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::map<std::string, std::unique_ptr<Statement>, std::less<>> cache_;
};

/// A transaction: BEGIN in the constructor, ROLLBACK in the destructor unless
/// commit() succeeded. `immediate` takes the write lock at once (writers);
/// deferred is a read snapshot in WAL mode (readers); a deferred Transaction on a
/// connection already in a transaction (a kept read snapshot) joins it instead.
class Transaction {
 public:
  enum class Kind { deferred, immediate };
  Transaction(Connection& connection, Kind kind);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& connection_;
  bool open_ = true;
};

/// known[i] is whether `probe` (one parameter, ?1) returns a row for `keys[i]`, e.g.
/// "SELECT 1 FROM t WHERE id = ?"; all probes in one read transaction (one snapshot).
std::vector<bool> rows_exist(Connection& connection, const std::string& probe,
                             std::span<const std::string> keys);

/// Throws Error for a result code other than SQLITE_OK/ROW/DONE.
void check(sqlite3* db, int rc, std::string_view context);

}  // namespace kvm48::sqlite
