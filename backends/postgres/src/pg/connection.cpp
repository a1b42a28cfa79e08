#include "pg/connection.hpp"

#include <poll.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pg/error.hpp"

namespace kvm48::pg {
namespace {

std::string trimmed(const char* message) {
  std::string s = message ? message : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// SQLSTATE classes that mean the session is gone: 08 connection exception,
// 57P01..57P03 admin shutdown / crash shutdown / cannot connect now.
bool is_connection_state(const std::string& state) {
  return state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03";
}

}  // namespace

Connection::Connection(const ConnectOptions& options) {
  // libpq's connect_timeout is in whole seconds, and it treats 1 as 2.
  const int timeout_s = std::max(2, (options.connect_timeout_ms + 999) / 1000);
  const std::string timeout = std::to_string(timeout_s);
  // Later keywords override what the URI says (expand_dbname = 1 expands the URI
  // given as dbname in place, in order).
  const char* const keywords[] = {"dbname", "connect_timeout", "application_name", nullptr};
  const char* const values[] = {options.uri.c_str(), timeout.c_str(),
                                options.application_name.c_str(), nullptr};
  conn_.reset(PQconnectdbParams(keywords, values, 1));
  if (!conn_) throw Error("out of memory opening a PostgreSQL connection", {}, true);
  if (PQstatus(conn_.get()) != CONNECTION_OK) {
    throw Error("cannot connect to PostgreSQL: " + trimmed(PQerrorMessage(conn_.get())), {}, true);
  }
  // Server NOTICEs ("schema already exists, skipping") would go to stderr.
  PQsetNoticeProcessor(
      conn_.get(), [](void*, const char*) {}, nullptr);
  // set_config takes the values as parameters: no quoting of user input in SQL.
  Params settings;
  settings.add(std::to_string(options.statement_timeout_ms));
  settings.add(options.schema.empty() ? std::string("\"$user\", public")
                                      : quote_identifier(options.schema));
  exec(
      "SELECT set_config('statement_timeout', $1, false), "
      "set_config('search_path', $2, false)",
      settings);
}

Result Connection::check(PGresult* result, std::string_view what) {
  const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return Result(result);
  Result owned(result);  // frees it on the way out
  std::string state;
  std::string message;
  if (result) {
    const char* s = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    state = s ? s : "";
    message = trimmed(PQresultErrorMessage(result));
  }
  if (message.empty()) message = trimmed(PQerrorMessage(conn_.get()));
  const bool lost = PQstatus(conn_.get()) == CONNECTION_BAD || is_connection_state(state);
  throw Error(std::string(what) + " failed: " + message, state, lost);
}

Result Connection::exec(std::string_view sql) {
  const std::string text(sql);
  return check(PQexec(conn_.get(), text.c_str()), "statement");
}

Result Connection::exec(std::string_view sql, const Params& params) {
  const std::string text(sql);
  const std::vector<const char*> values = params.pointers();
  return check(PQexecParams(conn_.get(), text.c_str(), params.size(), nullptr, values.data(),
                            nullptr, nullptr, 0),
               "statement");
}

Result Connection::exec_prepared(const std::string& sql, const Params& params) {
  auto it = prepared_.find(sql);
  if (it == prepared_.end()) {
    std::string name = "kvm48_" + std::to_string(prepared_.size() + 1);
    check(PQprepare(conn_.get(), name.c_str(), sql.c_str(), params.size(), nullptr), "prepare");
    it = prepared_.emplace(sql, std::move(name)).first;
  }
  const std::vector<const char*> values = params.pointers();
  return check(PQexecPrepared(conn_.get(), it->second.c_str(), params.size(), values.data(),
                              nullptr, nullptr, 0),
               "statement");
}

bool Connection::usable() const noexcept {
  return conn_ && PQstatus(conn_.get()) == CONNECTION_OK;
}

bool Connection::probe() noexcept {
  if (!usable()) return false;
  pollfd fd{PQsocket(conn_.get()), POLLIN, 0};
  if (poll(&fd, 1, 0) > 0) PQconsumeInput(conn_.get());
  return usable();
}

bool Connection::reset_for_reuse() noexcept {
  if (!usable()) return false;
  if (PQtransactionStatus(conn_.get()) == PQTRANS_IDLE) return true;
  PGresult* r = PQexec(conn_.get(), "ROLLBACK");
  const bool rolled_back = r && PQresultStatus(r) == PGRES_COMMAND_OK;
  PQclear(r);
  return rolled_back && PQtransactionStatus(conn_.get()) == PQTRANS_IDLE;
}

std::string Connection::endpoint() const {
  const auto text = [](const char* s) { return std::string(s ? s : ""); };
  return text(PQhost(conn_.get())) + ":" + text(PQport(conn_.get())) + "/" +
         text(PQdb(conn_.get()));
}

int Connection::backend_pid() const noexcept {
  return PQbackendPID(conn_.get());
}

std::string Connection::quote_identifier(std::string_view name) const {
  char* quoted = PQescapeIdentifier(conn_.get(), name.data(), name.size());
  if (!quoted)
    throw Error("cannot quote identifier: " + trimmed(PQerrorMessage(conn_.get())), {}, false);
  std::string out(quoted);
  PQfreemem(quoted);
  return out;
}

}  // namespace kvm48::pg
