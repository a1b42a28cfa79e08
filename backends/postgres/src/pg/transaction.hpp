#pragma once
// RAII transaction: BEGIN on construction, ROLLBACK unless commit() ran.

#include <string_view>

#include "pg/connection.hpp"

namespace kvm48::pg {

/// Threads: as the Connection. Failure: the constructor and commit() throw
/// pg::Error; the destructor never throws (a failed ROLLBACK leaves the
/// connection for the pool to check and discard).
class Transaction {
 public:
  explicit Transaction(Connection& conn, std::string_view begin = "BEGIN") : conn_(conn) {
    conn_.exec(begin);
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    if (open_) (void)conn_.reset_for_reuse();
  }

  void commit() {
    open_ = false;  // a failed COMMIT has ended the transaction too
    conn_.exec("COMMIT");
  }

 private:
  Connection& conn_;
  bool open_ = true;
};

}  // namespace kvm48::pg
