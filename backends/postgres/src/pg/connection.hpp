#pragma once
// RAII owner of one libpq connection (PGconn) with parameterised execution.

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <libpq-fe.h>

#include "pg/params.hpp"
#include "pg/result.hpp"

namespace kvm48::pg {

/// How to open a connection. `uri` is a libpq connection URI or key=value string;
/// the other fields override or add to it.
struct ConnectOptions {
  std::string uri;
  int connect_timeout_ms = 5000;
  int statement_timeout_ms = 0;  ///< 0: no limit (the server's default)
  std::string schema;            ///< search_path for every statement; empty: server default
  std::string application_name = "kvm48-server";
};

/// One open connection to the server.
///
/// Threads: a Connection is used by one thread at a time (the pool hands it to one
/// borrower). Failure: every method throws pg::Error; after a lost connection
/// `usable()` is false and the connection must be thrown away.
class Connection {
 public:
  /// Connects and applies statement_timeout and search_path. Throws pg::Error
  /// (connection_lost = true) when the server cannot be reached or refuses us.
  explicit Connection(const ConnectOptions& options);

  /// Runs SQL without parameters (may hold several statements; used for DDL and
  /// transaction control). Returns the last statement's result.
  Result exec(std::string_view sql);
  /// Runs one statement with positional parameters.
  Result exec(std::string_view sql, const Params& params);
  /// Like exec(sql, params), but prepares the statement on first use on this
  /// connection and reuses the server-side plan afterwards.
  Result exec_prepared(const std::string& sql, const Params& params);

  /// False once the connection broke; the pool then replaces it.
  [[nodiscard]] bool usable() const noexcept;
  /// Health check for an idle connection without a round trip: if the server has
  /// sent something (a terminated backend sends a FATAL notice and closes), reads
  /// it, which marks a dead connection as such. Returns usable().
  [[nodiscard]] bool probe() noexcept;
  /// Makes the session reusable by another borrower: rolls back a transaction
  /// left open or aborted. Returns false when the connection should be closed.
  [[nodiscard]] bool reset_for_reuse() noexcept;
  /// "host:port/dbname" of the server, without user or password (for reports).
  [[nodiscard]] std::string endpoint() const;
  /// The server process serving this connection (for pg_terminate_backend in tests).
  [[nodiscard]] int backend_pid() const noexcept;
  /// `name` quoted as an SQL identifier ("my schema" → "\"my schema\"").
  [[nodiscard]] std::string quote_identifier(std::string_view name) const;

 private:
  Result check(PGresult* result, std::string_view what);

  struct Finish {
    void operator()(PGconn* c) const noexcept { PQfinish(c); }
  };
  std::unique_ptr<PGconn, Finish> conn_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL text → statement name
};

}  // namespace kvm48::pg
