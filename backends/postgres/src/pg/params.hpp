#pragma once
// Query parameters in text format, bound by position ($1, $2, ...). Values are
// never spliced into SQL text: the server parses them as data.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kvm48::pg {

/// An ordered list of text-format parameters; std::nullopt is SQL NULL. The SQL
/// names the type where it matters (`$1::bigint`, `$2::text[]`).
/// Value type; not thread-safe.
class Params {
 public:
  Params& add(std::string_view value);
  Params& add(const char* value) { return add(std::string_view(value)); }
  Params& add(const std::string& value) { return add(std::string_view(value)); }
  Params& add(std::int64_t value);
  Params& add(const std::optional<std::string>& value);
  Params& add(const std::optional<std::int64_t>& value);
  Params& add_null();

  [[nodiscard]] int size() const noexcept { return static_cast<int>(values_.size()); }
  /// Pointers for PQexecParams; valid until this object is changed or destroyed.
  [[nodiscard]] std::vector<const char*> pointers() const;

 private:
  std::vector<std::optional<std::string>> values_;
};

/// Builds the text form of a one-dimensional PostgreSQL array (`{"a",NULL,"b"}`)
/// to pass as one parameter, e.g. to `unnest($1::text[])`. Every element is
/// quoted and escaped, so any string round-trips.
class ArrayLiteral {
 public:
  ArrayLiteral& add(std::string_view value);
  ArrayLiteral& add(const std::string& value) { return add(std::string_view(value)); }
  ArrayLiteral& add(std::int64_t value);
  ArrayLiteral& add(const std::optional<std::string>& value);
  ArrayLiteral& add(const std::optional<std::int64_t>& value);
  ArrayLiteral& add_null();
  [[nodiscard]] std::string str() const { return text_ + "}"; }

 private:
  void separator();
  std::string text_ = "{";
};

}  // namespace kvm48::pg
