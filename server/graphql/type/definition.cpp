#include "definition.hpp"

#include <algorithm>

#include "schema.hpp"

namespace kvm48::graphql {

std::string_view toString(TypeKind kind) {
  switch (kind) {
    case TypeKind::Scalar: return "SCALAR";
    case TypeKind::Object: return "OBJECT";
    case TypeKind::Interface: return "INTERFACE";
    case TypeKind::Union: return "UNION";
    case TypeKind::Enum: return "ENUM";
    case TypeKind::InputObject: return "INPUT_OBJECT";
    case TypeKind::List: return "LIST";
    case TypeKind::NonNull: return "NON_NULL";
  }
  return "SCALAR";
}

std::string_view toString(DirectiveLocation location) {
  switch (location) {
    case DirectiveLocation::Query: return "QUERY";
    case DirectiveLocation::Mutation: return "MUTATION";
    case DirectiveLocation::Subscription: return "SUBSCRIPTION";
    case DirectiveLocation::Field: return "FIELD";
    case DirectiveLocation::FragmentDefinition: return "FRAGMENT_DEFINITION";
    case DirectiveLocation::FragmentSpread: return "FRAGMENT_SPREAD";
    case DirectiveLocation::InlineFragment: return "INLINE_FRAGMENT";
    case DirectiveLocation::VariableDefinition: return "VARIABLE_DEFINITION";
    case DirectiveLocation::Schema: return "SCHEMA";
    case DirectiveLocation::Scalar: return "SCALAR";
    case DirectiveLocation::Object: return "OBJECT";
    case DirectiveLocation::FieldDefinition: return "FIELD_DEFINITION";
    case DirectiveLocation::ArgumentDefinition: return "ARGUMENT_DEFINITION";
    case DirectiveLocation::Interface: return "INTERFACE";
    case DirectiveLocation::Union: return "UNION";
    case DirectiveLocation::Enum: return "ENUM";
    case DirectiveLocation::EnumValue: return "ENUM_VALUE";
    case DirectiveLocation::InputObject: return "INPUT_OBJECT";
    case DirectiveLocation::InputFieldDefinition: return "INPUT_FIELD_DEFINITION";
    case DirectiveLocation::DirectiveDefinition: return "DIRECTIVE_DEFINITION";
  }
  return "FIELD";
}

namespace {
template <class Vec>
auto* findByName(Vec& items, std::string_view name) {
  auto it = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.name == name; });
  return it == items.end() ? nullptr : &*it;
}
}  // namespace

FieldDefinition& FieldDefinition::arg(std::string argName, std::string argType,
                                      std::optional<Json> defaultValue,
                                      std::string argDescription) {
  InputValue v;
  v.name = std::move(argName);
  v.typeRef = std::move(argType);
  v.defaultValue = std::move(defaultValue);
  v.description = std::move(argDescription);
  args.push_back(std::move(v));
  return *this;
}

FieldDefinition& FieldDefinition::deprecated(std::string reason) {
  deprecationReason = std::move(reason);
  return *this;
}

const InputValue* FieldDefinition::findArg(std::string_view argName) const {
  return findByName(args, argName);
}

EnumType& EnumType::value(std::string valueName, std::string valueDescription,
                          std::optional<std::string> deprecationReason) {
  values.push_back(
      {std::move(valueName), std::move(valueDescription), std::move(deprecationReason)});
  return *this;
}

const EnumValueDefinition* EnumType::findValue(std::string_view valueName) const {
  return findByName(values, valueName);
}

FieldDefinition& FieldsType::field(std::string fieldName, std::string typeRef, Resolver resolve,
                                   std::string fieldDescription) {
  FieldDefinition f;
  f.name = std::move(fieldName);
  f.typeRef = std::move(typeRef);
  f.resolve = std::move(resolve);
  f.description = std::move(fieldDescription);
  fields.push_back(std::move(f));
  return fields.back();
}

const FieldDefinition* FieldsType::findField(std::string_view fieldName) const {
  return findByName(fields, fieldName);
}

InputObjectType& InputObjectType::field(std::string fieldName, std::string typeRef,
                                        std::optional<Json> defaultValue,
                                        std::string fieldDescription) {
  InputValue v;
  v.name = std::move(fieldName);
  v.typeRef = std::move(typeRef);
  v.defaultValue = std::move(defaultValue);
  v.description = std::move(fieldDescription);
  fields.push_back(std::move(v));
  return *this;
}

const InputValue* InputObjectType::findField(std::string_view fieldName) const {
  return findByName(fields, fieldName);
}

const InputValue* DirectiveDefinition::findArg(std::string_view argName) const {
  return findByName(args, argName);
}

// ---- helpers ----------------------------------------------------------------------

const NamedType* getNamedType(const Type* t) {
  while (t != nullptr) {
    if (t->kind == TypeKind::List) {
      t = static_cast<const ListType*>(t)->ofType;
    } else if (t->kind == TypeKind::NonNull) {
      t = static_cast<const NonNullType*>(t)->ofType;
    } else {
      return static_cast<const NamedType*>(t);
    }
  }
  return nullptr;
}

const Type* getNullableType(const Type* t) {
  return t != nullptr && t->kind == TypeKind::NonNull ? static_cast<const NonNullType*>(t)->ofType
                                                      : t;
}

bool isInputType(const Type* t) {
  const NamedType* n = getNamedType(t);
  return n != nullptr && (n->kind == TypeKind::Scalar || n->kind == TypeKind::Enum ||
                          n->kind == TypeKind::InputObject);
}
bool isOutputType(const Type* t) {
  const NamedType* n = getNamedType(t);
  return n != nullptr && n->kind != TypeKind::InputObject;
}
bool isLeafType(const Type* t) {
  return t != nullptr && (t->kind == TypeKind::Scalar || t->kind == TypeKind::Enum);
}
bool isCompositeType(const Type* t) {
  return t != nullptr && (t->kind == TypeKind::Object || t->kind == TypeKind::Interface ||
                          t->kind == TypeKind::Union);
}
bool isAbstractType(const Type* t) {
  return t != nullptr && (t->kind == TypeKind::Interface || t->kind == TypeKind::Union);
}
bool isWrappingType(const Type* t) {
  return t != nullptr && (t->kind == TypeKind::List || t->kind == TypeKind::NonNull);
}
bool isNonNullType(const Type* t) {
  return t != nullptr && t->kind == TypeKind::NonNull;
}
bool isListType(const Type* t) {
  return t != nullptr && t->kind == TypeKind::List;
}
bool isRequiredArgument(const InputValue& arg) {
  return isNonNullType(arg.type) && !arg.defaultValue.has_value();
}

std::string typeToString(const Type* t) {
  if (t == nullptr) return "null";
  if (t->kind == TypeKind::List) {
    return "[" + typeToString(static_cast<const ListType*>(t)->ofType) + "]";
  }
  if (t->kind == TypeKind::NonNull) {
    return typeToString(static_cast<const NonNullType*>(t)->ofType) + "!";
  }
  return static_cast<const NamedType*>(t)->name;
}

bool isEqualType(const Type* a, const Type* b) {
  if (a == b) return true;
  if (a == nullptr || b == nullptr || a->kind != b->kind) return false;
  if (a->kind == TypeKind::List) {
    return isEqualType(static_cast<const ListType*>(a)->ofType,
                       static_cast<const ListType*>(b)->ofType);
  }
  if (a->kind == TypeKind::NonNull) {
    return isEqualType(static_cast<const NonNullType*>(a)->ofType,
                       static_cast<const NonNullType*>(b)->ofType);
  }
  return false;  // distinct named types
}

bool isTypeSubTypeOf(const Schema& schema, const Type* maybeSubType, const Type* superType) {
  if (isEqualType(maybeSubType, superType)) return true;
  if (isNonNullType(superType)) {
    return isNonNullType(maybeSubType) &&
           isTypeSubTypeOf(schema, static_cast<const NonNullType*>(maybeSubType)->ofType,
                           static_cast<const NonNullType*>(superType)->ofType);
  }
  if (isNonNullType(maybeSubType)) {
    return isTypeSubTypeOf(schema, static_cast<const NonNullType*>(maybeSubType)->ofType,
                           superType);
  }
  if (isListType(superType)) {
    return isListType(maybeSubType) &&
           isTypeSubTypeOf(schema, static_cast<const ListType*>(maybeSubType)->ofType,
                           static_cast<const ListType*>(superType)->ofType);
  }
  if (isListType(maybeSubType)) return false;
  return isAbstractType(superType) &&
         (maybeSubType->kind == TypeKind::Interface || maybeSubType->kind == TypeKind::Object) &&
         schema.isSubType(static_cast<const NamedType*>(superType),
                          static_cast<const NamedType*>(maybeSubType));
}

bool doTypesOverlap(const Schema& schema, const NamedType* a, const NamedType* b) {
  if (a == b) return true;
  if (isAbstractType(a)) {
    if (isAbstractType(b)) {
      for (const ObjectType* t : schema.possibleTypes(a)) {
        if (schema.isSubType(b, t)) return true;
      }
      return false;
    }
    return schema.isSubType(a, b);
  }
  if (isAbstractType(b)) return schema.isSubType(b, a);
  return false;
}

}  // namespace kvm48::graphql
