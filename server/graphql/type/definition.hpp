// The type system (spec section 3): named types, wrapping types, fields, arguments,
// enum values, directives; and the helpers that validation and execution share
// (isInputType, getNamedType, isTypeSubTypeOf, doTypesOverlap, ...).
//
// Types are owned by a Schema (schema.hpp) and referenced by `const Type*`; after
// Schema::finalize() they are immutable and safe to read from any thread. Wrapping
// types (list, non-null) are interned by the schema, so two equal type references are
// the same pointer only for named types; use isEqualType() to compare in general.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "../language/ast.hpp"
#include "value.hpp"

namespace kvm48::graphql {

using Json = nlohmann::ordered_json;
class Schema;
struct ObjectType;

enum class TypeKind : std::uint8_t {
  Scalar,
  Object,
  Interface,
  Union,
  Enum,
  InputObject,
  List,
  NonNull
};
// "SCALAR", "OBJECT", ... as in introspection's __TypeKind.
std::string_view toString(TypeKind);

struct Type {
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
  Type(const Type&) = delete;
  Type& operator=(const Type&) = delete;
  TypeKind kind;
};

struct NamedType : Type {
  NamedType(TypeKind k, std::string n, std::string d)
      : Type(k), name(std::move(n)), description(std::move(d)) {}
  std::string name;
  std::string description;  // empty = none
};

struct ListType : Type {
  explicit ListType(const Type* of) : Type(TypeKind::List), ofType(of) {}
  const Type* ofType;
};
struct NonNullType : Type {
  explicit NonNullType(const Type* of) : Type(TypeKind::NonNull), ofType(of) {}
  const Type* ofType;  // never a NonNullType
};

// Thrown by scalar/enum/input coercion; the message is graphql-js's wording
// (e.g. "Int cannot represent non-integer value: 1.5").
struct CoercionError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// ---- Fields, arguments -----------------------------------------------------------

// An argument or an input object field.
struct InputValue {
  std::string name;
  std::string description;
  std::string typeRef;               // as written in SDL, e.g. "[String!]!"; resolved by finalize()
  const Type* type = nullptr;        // set by finalize()
  std::optional<Json> defaultValue;  // internal (coerced) value; nullopt = no default
  std::optional<std::string> deprecationReason;
};

struct ResolveInfo;
// Returns the field's value, or a Value::error(...). A thrown std::exception is turned
// into a field error carrying what(). Called concurrently from many threads: resolvers
// must be thread-safe.
using Resolver = std::function<Value(const ResolveInfo&)>;

struct FieldDefinition {
  std::string name;
  std::string description;
  std::string typeRef;
  const Type* type = nullptr;  // set by finalize()
  std::vector<InputValue> args;
  std::optional<std::string> deprecationReason;
  Resolver resolve;  // empty = default resolver (JSON object member named after the field)

  FieldDefinition& arg(std::string argName, std::string argType,
                       std::optional<Json> defaultValue = std::nullopt,
                       std::string argDescription = {});
  FieldDefinition& deprecated(std::string reason = "No longer supported");
  const InputValue* findArg(std::string_view argName) const;
};

// ---- Named types ------------------------------------------------------------------

struct ScalarType : NamedType {
  ScalarType(std::string n, std::string d)
      : NamedType(TypeKind::Scalar, std::move(n), std::move(d)) {}
  std::string specifiedByURL;  // empty = none
  // Set for Int/Float/String/Boolean/ID so the executor can skip serialize() for values
  // already in their output form (the common case).
  enum class Builtin : std::uint8_t {
    None,
    Int,
    Float,
    String,
    Boolean,
    ID
  } builtin = Builtin::None;
  // Result coercion: internal value -> JSON output. Throws CoercionError.
  std::function<Json(const Json&)> serialize;
  // Input coercion from a JSON variable value. Throws CoercionError.
  std::function<Json(const Json&)> parseValue;
  // Input coercion from a literal (never a Variable node). Throws CoercionError.
  std::function<Json(const ast::ValueNode&)> parseLiteral;
};

struct EnumValueDefinition {
  std::string name;  // also the internal value
  std::string description;
  std::optional<std::string> deprecationReason;
};

struct EnumType : NamedType {
  EnumType(std::string n, std::string d) : NamedType(TypeKind::Enum, std::move(n), std::move(d)) {}
  std::vector<EnumValueDefinition> values;

  EnumType& value(std::string valueName, std::string valueDescription = {},
                  std::optional<std::string> deprecationReason = std::nullopt);
  const EnumValueDefinition* findValue(std::string_view valueName) const;
};

// Object and interface types share their field list.
struct FieldsType : NamedType {
  using NamedType::NamedType;
  std::vector<FieldDefinition> fields;
  std::vector<std::string> interfaceNames;  // resolved into `interfaces` by finalize()
  std::vector<const struct InterfaceType*> interfaces;

  // Adds a field; the reference is valid until the next field is added.
  FieldDefinition& field(std::string fieldName, std::string typeRef, Resolver resolve = {},
                         std::string fieldDescription = {});
  const FieldDefinition* findField(std::string_view fieldName) const;
};

struct ObjectType : FieldsType {
  ObjectType(std::string n, std::string d)
      : FieldsType(TypeKind::Object, std::move(n), std::move(d)) {}
};

// Given a runtime value of an abstract type, the name of its concrete object type.
// Empty = fall back to a "__typename" member of a JSON object value.
using TypeResolver = std::function<std::string(const Value&, void* context)>;

struct InterfaceType : FieldsType {
  InterfaceType(std::string n, std::string d)
      : FieldsType(TypeKind::Interface, std::move(n), std::move(d)) {}
  TypeResolver resolveType;
};

struct UnionType : NamedType {
  UnionType(std::string n, std::string d)
      : NamedType(TypeKind::Union, std::move(n), std::move(d)) {}
  std::vector<std::string> memberNames;  // resolved into `types` by finalize()
  std::vector<const ObjectType*> types;
  TypeResolver resolveType;
};

struct InputObjectType : NamedType {
  InputObjectType(std::string n, std::string d)
      : NamedType(TypeKind::InputObject, std::move(n), std::move(d)) {}
  std::vector<InputValue> fields;
  bool isOneOf = false;  // @oneOf: exactly one field, non-null

  InputObjectType& field(std::string fieldName, std::string typeRef,
                         std::optional<Json> defaultValue = std::nullopt,
                         std::string fieldDescription = {});
  const InputValue* findField(std::string_view fieldName) const;
};

// ---- Directives ---------------------------------------------------------------------

enum class DirectiveLocation : std::uint8_t {
  // executable
  Query,
  Mutation,
  Subscription,
  Field,
  FragmentDefinition,
  FragmentSpread,
  InlineFragment,
  VariableDefinition,
  // type system
  Schema,
  Scalar,
  Object,
  FieldDefinition,
  ArgumentDefinition,
  Interface,
  Union,
  Enum,
  EnumValue,
  InputObject,
  InputFieldDefinition,
  DirectiveDefinition
};
std::string_view toString(DirectiveLocation);  // "QUERY", "FIELD", ...

struct DirectiveDefinition {
  std::string name;
  std::string description;
  std::vector<DirectiveLocation> locations;
  std::vector<InputValue> args;
  bool isRepeatable = false;
  std::optional<std::string> deprecationReason;

  const InputValue* findArg(std::string_view argName) const;
};

// ---- Helpers (graphql-js type/definition.ts) -------------------------------------------

bool isInputType(const Type* t);
bool isOutputType(const Type* t);
bool isLeafType(const Type* t);
bool isCompositeType(const Type* t);
bool isAbstractType(const Type* t);
bool isWrappingType(const Type* t);
bool isNonNullType(const Type* t);
bool isListType(const Type* t);
bool isRequiredArgument(const InputValue& arg);  // non-null type and no default
const NamedType* getNamedType(const Type* t);    // strips all wrappers; null in -> null out
const Type* getNullableType(const Type* t);      // strips one NonNull
std::string typeToString(const Type* t);         // "[String!]!"

// graphql-js utilities/typeComparators.ts
bool isEqualType(const Type* a, const Type* b);
bool isTypeSubTypeOf(const Schema& schema, const Type* maybeSubType, const Type* superType);
bool doTypesOverlap(const Schema& schema, const NamedType* a, const NamedType* b);

}  // namespace kvm48::graphql
