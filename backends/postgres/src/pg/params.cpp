#include "pg/params.hpp"

#include "pg/error.hpp"

namespace kvm48::pg {
namespace {

// PostgreSQL text cannot hold NUL, and libpq passes text parameters as C strings,
// so a NUL would silently cut the value short: refuse it instead.
void check_no_nul(std::string_view value) {
  if (value.find('\0') != std::string_view::npos) {
    throw Error("a text value contains a NUL byte, which PostgreSQL cannot store", "22021", false);
  }
}

}  // namespace

Params& Params::add(std::string_view value) {
  check_no_nul(value);
  values_.emplace_back(std::string(value));
  return *this;
}

Params& Params::add(std::int64_t value) {
  values_.emplace_back(std::to_string(value));
  return *this;
}

Params& Params::add(const std::optional<std::string>& value) {
  return value ? add(std::string_view(*value)) : add_null();
}

Params& Params::add(const std::optional<std::int64_t>& value) {
  return value ? add(*value) : add_null();
}

Params& Params::add_null() {
  values_.emplace_back(std::nullopt);
  return *this;
}

std::vector<const char*> Params::pointers() const {
  std::vector<const char*> out;
  out.reserve(values_.size());
  for (const auto& v : values_) out.push_back(v ? v->c_str() : nullptr);
  return out;
}

void ArrayLiteral::separator() {
  if (text_.size() > 1) text_ += ',';
}

ArrayLiteral& ArrayLiteral::add(std::string_view value) {
  check_no_nul(value);
  separator();
  text_ += '"';
  for (const char c : value) {
    if (c == '"' || c == '\\') text_ += '\\';
    text_ += c;
  }
  text_ += '"';
  return *this;
}

ArrayLiteral& ArrayLiteral::add(std::int64_t value) {
  separator();
  text_ += std::to_string(value);
  return *this;
}

ArrayLiteral& ArrayLiteral::add(const std::optional<std::string>& value) {
  return value ? add(std::string_view(*value)) : add_null();
}

ArrayLiteral& ArrayLiteral::add(const std::optional<std::int64_t>& value) {
  return value ? add(*value) : add_null();
}

ArrayLiteral& ArrayLiteral::add_null() {
  separator();
  text_ += "NULL";
  return *this;
}

}  // namespace kvm48::pg
