#include "inspect.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace kvm48::graphql {
namespace {

constexpr std::size_t kMaxArrayLength = 10;
constexpr std::size_t kMaxRecursiveDepth = 2;

std::string formatValue(const nlohmann::ordered_json& value, std::size_t depth) {
  switch (value.type()) {
    case nlohmann::json::value_t::string: return value.dump();
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return value.dump();
    case nlohmann::json::value_t::number_float: return jsNumberToString(value.get<double>());
    case nlohmann::json::value_t::array: {
      if (value.empty()) return "[]";
      if (depth + 1 > kMaxRecursiveDepth) return "[Array]";
      std::string out = "[";
      const std::size_t len = std::min(kMaxArrayLength, value.size());
      for (std::size_t i = 0; i < len; ++i) {
        if (i != 0) out += ", ";
        out += formatValue(value[i], depth + 1);
      }
      const std::size_t remaining = value.size() - len;
      if (remaining == 1) out += ", ... 1 more item";
      if (remaining > 1) out += ", ... " + std::to_string(remaining) + " more items";
      return out + "]";
    }
    case nlohmann::json::value_t::object: {
      if (value.empty()) return "{}";
      if (depth + 1 > kMaxRecursiveDepth) return "[Object]";
      std::string out = "{ ";
      bool first = true;
      for (const auto& [k, v] : value.items()) {
        if (!first) out += ", ";
        first = false;
        out += k + ": " + formatValue(v, depth + 1);
      }
      return out + " }";
    }
    default: return value.dump();
  }
}

}  // namespace

std::string jsNumberToString(double n) {
  if (std::isnan(n)) return "NaN";
  if (std::isinf(n)) return n > 0 ? "Infinity" : "-Infinity";
  if (n == std::floor(n) && std::fabs(n) < 1e21) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", n);
    return std::string(buf) == "-0" ? "0" : buf;
  }
  // Shortest round-trip representation, then JS exponent style (e+21, e-7).
  char buf[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, n);
    if (std::strtod(buf, nullptr) == n) break;
  }
  std::string s = buf;
  const auto e = s.find('e');
  if (e != std::string::npos) {
    std::string mantissa = s.substr(0, e);
    const char sign = s[e + 1];
    std::string digits = s.substr(e + 2);
    while (digits.size() > 1 && digits[0] == '0') digits.erase(0, 1);
    const int exponent = std::stoi(digits) * (sign == '-' ? -1 : 1);
    if (exponent >= -6 && exponent < 21) {
      const bool negative = mantissa[0] == '-';
      std::string ds;
      for (char c : mantissa) {
        if (c >= '0' && c <= '9') ds += c;
      }
      std::string out = negative ? "-" : "";
      if (exponent < 0) {
        out += "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + ds;
      } else {
        const auto intLen = static_cast<std::size_t>(exponent) + 1;
        if (ds.size() <= intLen) {
          out += ds + std::string(intLen - ds.size(), '0');
        } else {
          out += ds.substr(0, intLen) + "." + ds.substr(intLen);
        }
      }
      return out;
    }
    return mantissa + "e" + (sign == '-' ? "-" : "+") + digits;
  }
  return s;
}

std::string inspect(const nlohmann::ordered_json& value) {
  return formatValue(value, 0);
}

}  // namespace kvm48::graphql
