#pragma once
// RAII owner of one PGresult, with typed, bounds-checked cell access.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <libpq-fe.h>

namespace kvm48::pg {

/// A successful query result (the Connection only hands out results whose
/// status is COMMAND_OK or TUPLES_OK; failures become pg::Error).
///
/// Cells are in text format. Accessors throw pg::Error on an out-of-range row or
/// column, on NULL where a value is required, and on a value that does not parse
/// as the requested type. Not thread-safe; move-only; needs no connection.
class Result {
 public:
  explicit Result(PGresult* result) noexcept : result_(result) {}

  [[nodiscard]] int rows() const noexcept;
  [[nodiscard]] int columns() const noexcept;
  /// Rows changed by INSERT/UPDATE/DELETE, 0 for other statements.
  [[nodiscard]] std::int64_t affected() const;

  [[nodiscard]] bool is_null(int row, int column) const;
  /// The cell's text; valid while this Result lives.
  [[nodiscard]] std::string_view text(int row, int column) const;
  [[nodiscard]] std::string string(int row, int column) const;
  [[nodiscard]] std::optional<std::string> opt_string(int row, int column) const;
  [[nodiscard]] std::int64_t int64(int row, int column) const;
  [[nodiscard]] std::optional<std::int64_t> opt_int64(int row, int column) const;
  [[nodiscard]] bool boolean(int row, int column) const;

 private:
  void check_cell(int row, int column) const;

  struct Clear {
    void operator()(PGresult* r) const noexcept { PQclear(r); }
  };
  std::unique_ptr<PGresult, Clear> result_;
};

}  // namespace kvm48::pg
