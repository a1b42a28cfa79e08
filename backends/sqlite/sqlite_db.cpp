#include "sqlite_db.hpp"

#include <climits>

namespace kvm48::sqlite {

void check(sqlite3* db, int rc, std::string_view context) {
  if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) return;
  std::string message(context);
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  throw Error(db != nullptr ? sqlite3_extended_errcode(db) : rc, message);
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  check(db_,
        sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt_, nullptr),
        "prepare");
}

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

void Statement::bind(int index, std::int64_t value) {
  check(db_, sqlite3_bind_int64(stmt_, index, value), "bind");
}

void Statement::bind(int index, std::string_view value) {
  check(
      db_,
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
      "bind");
}

void Statement::bind(int index, const std::optional<std::int64_t>& value) {
  if (value) {
    bind(index, *value);
  } else {
    bind_null(index);
  }
}

void Statement::bind(int index, const std::optional<std::string>& value) {
  if (value) {
    bind(index, std::string_view(*value));
  } else {
    bind_null(index);
  }
}

void Statement::bind_null(int index) {
  check(db_, sqlite3_bind_null(stmt_, index), "bind");
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  check(db_, rc, "step");
  return rc == SQLITE_ROW;
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::reset() noexcept {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::int64(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

std::optional<std::int64_t> Statement::optional_int64(int column) const {
  if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
  return int64(column);
}

std::string Statement::text(int column) const {
  return std::string(text_view(column));
}

std::string_view Statement::text_view(int column) const {
  const auto* data = sqlite3_column_text(stmt_, column);
  const int size = sqlite3_column_bytes(stmt_, column);
  if (data == nullptr) return {};
  return {reinterpret_cast<const char*>(data), static_cast<std::size_t>(size)};
}

std::optional<std::string> Statement::optional_text(int column) const {
  if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
  return text(column);
}

Connection::Connection(const std::string& path, int busy_timeout_ms) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = "cannot open SQLite database '" + path +
                                "': " + (db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw Error(rc, message);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, busy_timeout_ms);
}

Connection::~Connection() {
  cache_.clear();  // statements must be finalized before the connection closes
  sqlite3_close_v2(db_);
}

void Connection::exec(const std::string& sql) {
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = "exec: ";
    message += error != nullptr ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    throw Error(sqlite3_extended_errcode(db_), message);
  }
}

StatementUse Connection::cached(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    it = cache_.emplace(sql, std::make_unique<Statement>(db_, sql)).first;
  }
  return StatementUse(*it->second);
}

std::int64_t Connection::scalar(const std::string& sql) {
  auto statement = cached(sql);
  if (!statement->step()) throw Error(SQLITE_ERROR, "no row from: " + sql);
  return statement->int64(0);
}

bool Connection::table_exists(const std::string& name) {
  auto statement = cached("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
  statement->bind(1, std::string_view(name));
  statement->step();
  return statement->int64(0) > 0;
}

// BEGIN and COMMIT run as cached statements: sqlite3_exec would parse their text again on
// every read of the API (a measurable share of a one-VOD answer).
Transaction::Transaction(Connection& connection, Kind kind) : connection_(connection) {
  if (kind == Kind::deferred && sqlite3_get_autocommit(connection_.handle()) == 0) {
    open_ = false;  // joins the transaction already open (a kept read snapshot)
    return;
  }
  static const std::string immediate = "BEGIN IMMEDIATE";
  static const std::string deferred = "BEGIN DEFERRED";
  connection_.cached(kind == Kind::immediate ? immediate : deferred)->run();
}

Transaction::~Transaction() {
  if (open_) sqlite3_exec(connection_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  if (!open_) return;  // joined: the outer transaction ends it
  static const std::string commit = "COMMIT";
  connection_.cached(commit)->run();
  open_ = false;
}

std::vector<bool> rows_exist(Connection& connection, const std::string& probe,
                             std::span<const std::string> keys) {
  std::vector<bool> known;
  known.reserve(keys.size());
  Transaction snapshot(connection, Transaction::Kind::deferred);
  for (const std::string& key : keys) {
    auto statement = connection.cached(probe);
    statement->bind(1, std::string_view(key));
    known.push_back(statement->step());
  }
  snapshot.commit();
  return known;
}

}  // namespace kvm48::sqlite
