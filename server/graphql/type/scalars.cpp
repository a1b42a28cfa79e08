// Int, Float, String, Boolean, ID exactly as graphql-js 16.15 type/scalars.ts.
#include "scalars.hpp"

#include <cmath>
#include <cstdlib>
#include <optional>

#include "../language/printer.hpp"
#include "inspect.hpp"

namespace kvm48::graphql {
namespace {

constexpr double kMaxInt = 2147483647.0;
constexpr double kMinInt = -2147483648.0;

[[noreturn]] void fail(std::string message) {
  throw CoercionError(std::move(message));
}

bool isNumber(const Json& v) {
  return v.is_number();
}
double toDouble(const Json& v) {
  return v.get<double>();
}
bool isInteger(const Json& v) {
  if (v.is_number_integer()) return true;
  if (!v.is_number_float()) return false;
  const double d = v.get<double>();
  return std::isfinite(d) && d == std::floor(d);
}

// JavaScript Number(string) for the cases output coercion meets.
std::optional<double> jsNumber(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  const std::string t = s.substr(b, e - b);
  if (t.empty()) return 0.0;
  if (t == "Infinity" || t == "+Infinity") return HUGE_VAL;
  if (t == "-Infinity") return -HUGE_VAL;
  if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
    char* end = nullptr;
    const double v = static_cast<double>(std::strtoull(t.c_str() + 2, &end, 16));
    if (*end == '\0') return v;
    return std::nullopt;
  }
  for (char c : t) {
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E' ||
          c == '+' || c == '-')) {
      return std::nullopt;
    }
  }
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (*end != '\0') return std::nullopt;
  return v;
}

// A JS number as JSON: integral values as integers so that 1 prints as 1, not 1.0.
Json numberJson(double d) {
  if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
    return Json(static_cast<std::int64_t>(d));
  }
  return Json(d);
}

std::unique_ptr<ScalarType> make(const char* name, const char* description,
                                 ScalarType::Builtin builtin) {
  auto t = std::make_unique<ScalarType>(name, description);
  t->builtin = builtin;
  return t;
}

}  // namespace

std::unique_ptr<ScalarType> makeIntScalar() {
  auto t = make("Int",
                "The `Int` scalar type represents non-fractional signed whole numeric values. "
                "Int can represent values between -(2^31) and 2^31 - 1.",
                ScalarType::Builtin::Int);
  t->serialize = [](const Json& v) -> Json {
    if (v.is_boolean()) return v.get<bool>() ? 1 : 0;
    std::optional<double> num;
    if (v.is_string() && !v.get_ref<const std::string&>().empty()) {
      num = jsNumber(v.get_ref<const std::string&>());
    } else if (isNumber(v)) {
      num = toDouble(v);
    }
    if (!num || !std::isfinite(*num) || *num != std::floor(*num)) {
      fail("Int cannot represent non-integer value: " + inspect(v));
    }
    if (*num > kMaxInt || *num < kMinInt) {
      fail("Int cannot represent non 32-bit signed integer value: " + inspect(v));
    }
    return Json(static_cast<std::int64_t>(*num));
  };
  t->parseValue = [](const Json& v) -> Json {
    if (!isInteger(v)) fail("Int cannot represent non-integer value: " + inspect(v));
    const double d = toDouble(v);
    if (d > kMaxInt || d < kMinInt) {
      fail("Int cannot represent non 32-bit signed integer value: " + jsNumberToString(d));
    }
    return Json(static_cast<std::int64_t>(d));
  };
  t->parseLiteral = [](const ast::ValueNode& node) -> Json {
    if (node.kind != ast::Kind::IntValue) {
      fail("Int cannot represent non-integer value: " + print(node));
    }
    const std::string text(static_cast<const ast::IntValue&>(node).value);
    const double d = std::strtod(text.c_str(), nullptr);
    if (d > kMaxInt || d < kMinInt) {
      fail("Int cannot represent non 32-bit signed integer value: " + text);
    }
    return Json(static_cast<std::int64_t>(d));
  };
  return t;
}

std::unique_ptr<ScalarType> makeFloatScalar() {
  auto t = make("Float",
                "The `Float` scalar type represents signed double-precision fractional values as "
                "specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
                ScalarType::Builtin::Float);
  t->serialize = [](const Json& v) -> Json {
    if (v.is_boolean()) return v.get<bool>() ? 1 : 0;
    std::optional<double> num;
    if (v.is_string() && !v.get_ref<const std::string&>().empty()) {
      num = jsNumber(v.get_ref<const std::string&>());
    } else if (isNumber(v)) {
      num = toDouble(v);
    }
    if (!num || !std::isfinite(*num)) {
      fail("Float cannot represent non numeric value: " + inspect(v));
    }
    return numberJson(*num);
  };
  t->parseValue = [](const Json& v) -> Json {
    if (!isNumber(v) || !std::isfinite(toDouble(v))) {
      fail("Float cannot represent non numeric value: " + inspect(v));
    }
    return numberJson(toDouble(v));
  };
  t->parseLiteral = [](const ast::ValueNode& node) -> Json {
    if (node.kind != ast::Kind::FloatValue && node.kind != ast::Kind::IntValue) {
      fail("Float cannot represent non numeric value: " + print(node));
    }
    const std::string text = print(node);
    return numberJson(std::strtod(text.c_str(), nullptr));
  };
  return t;
}

std::unique_ptr<ScalarType> makeStringScalar() {
  auto t = make("String",
                "The `String` scalar type represents textual data, represented as UTF-8 character "
                "sequences. The String type is most often used by GraphQL to represent free-form "
                "human-readable text.",
                ScalarType::Builtin::String);
  t->serialize = [](const Json& v) -> Json {
    if (v.is_string()) return v;
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (isNumber(v) && std::isfinite(toDouble(v))) {
      return v.is_number_float() ? jsNumberToString(toDouble(v)) : v.dump();
    }
    fail("String cannot represent value: " + inspect(v));
  };
  t->parseValue = [](const Json& v) -> Json {
    if (!v.is_string()) fail("String cannot represent a non string value: " + inspect(v));
    return v;
  };
  t->parseLiteral = [](const ast::ValueNode& node) -> Json {
    if (node.kind != ast::Kind::StringValue) {
      fail("String cannot represent a non string value: " + print(node));
    }
    return static_cast<const ast::StringValue&>(node).value;
  };
  return t;
}

std::unique_ptr<ScalarType> makeBooleanScalar() {
  auto t = make("Boolean", "The `Boolean` scalar type represents `true` or `false`.",
                ScalarType::Builtin::Boolean);
  t->serialize = [](const Json& v) -> Json {
    if (v.is_boolean()) return v;
    if (isNumber(v) && std::isfinite(toDouble(v))) return toDouble(v) != 0.0;
    fail("Boolean cannot represent a non boolean value: " + inspect(v));
  };
  t->parseValue = [](const Json& v) -> Json {
    if (!v.is_boolean()) fail("Boolean cannot represent a non boolean value: " + inspect(v));
    return v;
  };
  t->parseLiteral = [](const ast::ValueNode& node) -> Json {
    if (node.kind != ast::Kind::BooleanValue) {
      fail("Boolean cannot represent a non boolean value: " + print(node));
    }
    return static_cast<const ast::BooleanValue&>(node).value;
  };
  return t;
}

std::unique_ptr<ScalarType> makeIdScalar() {
  auto t =
      make("ID",
           "The `ID` scalar type represents a unique identifier, often used to refetch an "
           "object or as key for a cache. The ID type appears in a JSON response as a String; "
           "however, it is not intended to be human-readable. When expected as an input type, "
           "any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted "
           "as an ID.",
           ScalarType::Builtin::ID);
  t->serialize = [](const Json& v) -> Json {
    if (v.is_string()) return v;
    if (isInteger(v)) return jsNumberToString(toDouble(v));
    fail("ID cannot represent value: " + inspect(v));
  };
  t->parseValue = [](const Json& v) -> Json {
    if (v.is_string()) return v;
    if (isInteger(v)) return jsNumberToString(toDouble(v));
    fail("ID cannot represent value: " + inspect(v));
  };
  t->parseLiteral = [](const ast::ValueNode& node) -> Json {
    if (node.kind == ast::Kind::StringValue)
      return static_cast<const ast::StringValue&>(node).value;
    if (node.kind == ast::Kind::IntValue) {
      return std::string(static_cast<const ast::IntValue&>(node).value);
    }
    fail("ID cannot represent a non-string and non-integer value: " + print(node));
  };
  return t;
}

bool isSpecifiedScalarName(std::string_view name) {
  return name == "Int" || name == "Float" || name == "String" || name == "Boolean" || name == "ID";
}

}  // namespace kvm48::graphql
