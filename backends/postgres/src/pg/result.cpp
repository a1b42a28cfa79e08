#include "pg/result.hpp"

#include <charconv>

#include "pg/error.hpp"

namespace kvm48::pg {

int Result::rows() const noexcept {
  return PQntuples(result_.get());
}

int Result::columns() const noexcept {
  return PQnfields(result_.get());
}

std::int64_t Result::affected() const {
  const std::string_view count = PQcmdTuples(result_.get());
  if (count.empty()) return 0;
  std::int64_t value = 0;
  std::from_chars(count.data(), count.data() + count.size(), value);
  return value;
}

void Result::check_cell(int row, int column) const {
  if (row < 0 || row >= rows() || column < 0 || column >= columns()) {
    throw Error(
        "result cell (" + std::to_string(row) + ", " + std::to_string(column) + ") out of range",
        {}, false);
  }
}

bool Result::is_null(int row, int column) const {
  check_cell(row, column);
  return PQgetisnull(result_.get(), row, column) != 0;
}

std::string_view Result::text(int row, int column) const {
  if (is_null(row, column)) {
    throw Error(std::string("unexpected NULL in column ") + PQfname(result_.get(), column), {},
                false);
  }
  return {PQgetvalue(result_.get(), row, column),
          static_cast<std::size_t>(PQgetlength(result_.get(), row, column))};
}

std::string Result::string(int row, int column) const {
  return std::string(text(row, column));
}

std::optional<std::string> Result::opt_string(int row, int column) const {
  if (is_null(row, column)) return std::nullopt;
  return string(row, column);
}

std::int64_t Result::int64(int row, int column) const {
  const std::string_view cell = text(row, column);
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (ec != std::errc() || end != cell.data() + cell.size()) {
    throw Error("column " + std::string(PQfname(result_.get(), column)) +
                    " is not an integer: " + std::string(cell),
                {}, false);
  }
  return value;
}

std::optional<std::int64_t> Result::opt_int64(int row, int column) const {
  if (is_null(row, column)) return std::nullopt;
  return int64(row, column);
}

bool Result::boolean(int row, int column) const {
  const std::string_view cell = text(row, column);
  if (cell == "t") return true;
  if (cell == "f") return false;
  throw Error("column " + std::string(PQfname(result_.get(), column)) +
                  " is not a boolean: " + std::string(cell),
              {}, false);
}

}  // namespace kvm48::pg
