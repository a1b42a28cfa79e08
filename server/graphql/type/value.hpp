// Runtime values that resolvers hand to the executor.
//
// A Value is one of: null; a JSON value (leaves, and objects/lists that the default
// resolver can walk by key); text borrowed from the parent object; a list of Values; an
// opaque C++ object (std::any) that the object type's own resolvers know how to read; or a
// field error. Values are moved, never shared, so no synchronisation is involved.
#pragma once

#include <any>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace kvm48::graphql {

using Json = nlohmann::ordered_json;

// A resolver's failure: becomes an entry of "errors" at the field's path, and the
// field's value becomes null (propagated per the non-null rules).
struct FieldError {
  std::string message;
  Json extensions;  // null when absent
};

// Text the Value refers to without owning it (see Value::borrowedText).
struct BorrowedText {
  std::string_view text;
};

class Value {
 public:
  using List = std::vector<Value>;

  Value() = default;  // null
  Value(std::nullptr_t) {}
  Value(Json json) : data_(std::move(json)) {}
  Value(List list) : data_(std::move(list)) {}
  Value(FieldError error) : data_(std::move(error)) {}
  // Scalars and strings: anything nlohmann::json can hold.
  template <class T>
  requires(std::is_arithmetic_v<std::remove_cvref_t<T>> ||
           std::is_convertible_v<T, std::string_view>) Value(T&& v)
      : data_(Json(std::forward<T>(v))) {}

  // Wraps an application object; read it back with object<T>().
  static Value object(std::any object) {
    Value v;
    v.data_ = std::move(object);
    return v;
  }
  static Value error(std::string message) { return Value(FieldError{std::move(message), {}}); }
  // A string that outlives the field's completion, typically a member of the parent object
  // the resolver reads (the parent Value lives until its fields are complete): the executor
  // writes it to the answer without copying it. Never for a temporary.
  static Value borrowedText(std::string_view text) {
    Value v;
    v.data_ = BorrowedText{text};
    return v;
  }

  bool isNull() const {
    return std::holds_alternative<std::monostate>(data_) ||
           (isJson() && std::get<Json>(data_).is_null());
  }
  bool isJson() const { return std::holds_alternative<Json>(data_); }
  bool isList() const { return std::holds_alternative<List>(data_); }
  bool isObject() const { return std::holds_alternative<std::any>(data_); }
  bool isError() const { return std::holds_alternative<FieldError>(data_); }
  bool isBorrowedText() const { return std::holds_alternative<BorrowedText>(data_); }

  const Json& json() const { return std::get<Json>(data_); }
  Json& json() { return std::get<Json>(data_); }
  const List& list() const { return std::get<List>(data_); }
  List& list() { return std::get<List>(data_); }
  const std::any& any() const { return std::get<std::any>(data_); }
  const FieldError& fieldError() const { return std::get<FieldError>(data_); }
  std::string_view borrowedText() const { return std::get<BorrowedText>(data_).text; }
  // The wrapped object, or nullptr when this Value holds something else.
  template <class T>
  const T* object() const {
    return isObject() ? std::any_cast<T>(&std::get<std::any>(data_)) : nullptr;
  }

 private:
  std::variant<std::monostate, Json, List, std::any, FieldError, BorrowedText> data_;
};

}  // namespace kvm48::graphql
