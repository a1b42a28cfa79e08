#include "values.hpp"

#include <deque>
#include <memory>
#include <regex>
#include <unordered_map>

#include "../language/printer.hpp"
#include "../type/inspect.hpp"
#include "../utilities/suggestions.hpp"

namespace kvm48::graphql {
namespace {

std::string printPathArray(const std::vector<PathSegment>& path) {
  std::string out;
  for (const auto& seg : path) {
    if (const auto* key = std::get_if<std::string>(&seg)) {
      out += "." + *key;
    } else {
      out += "[" + std::to_string(std::get<std::int64_t>(seg)) + "]";
    }
  }
  return out;
}

const ast::ObjectField* findField(const ast::ObjectValue& object, std::string_view name) {
  const ast::ObjectField* found = nullptr;  // last one wins, like graphql-js keyMap
  for (const auto& f : object.fields) {
    if (f.name.value == name) found = &f;
  }
  return found;
}

bool isMissingVariable(const ast::ValueNode& node, const Json* variables) {
  if (node.kind != ast::Kind::Variable) return false;
  const auto name = static_cast<const ast::Variable&>(node).name.value;
  return variables == nullptr || !variables->contains(name);
}

std::string enumSuggestions(const EnumType& type, std::string_view input) {
  std::vector<std::string> names;
  for (const auto& v : type.values) names.push_back(v.name);
  return detail::didYouMean(detail::suggestionList(input, names), "the enum value");
}

Json untypedValue(const ast::ValueNode& node, const Json* variables) {
  switch (node.kind) {
    case ast::Kind::NullValue: return nullptr;
    case ast::Kind::IntValue:
      return std::stoll(std::string(static_cast<const ast::IntValue&>(node).value));
    case ast::Kind::FloatValue:
      return std::stod(std::string(static_cast<const ast::FloatValue&>(node).value));
    case ast::Kind::StringValue: return static_cast<const ast::StringValue&>(node).value;
    case ast::Kind::BooleanValue: return static_cast<const ast::BooleanValue&>(node).value;
    case ast::Kind::EnumValue: return std::string(static_cast<const ast::EnumValue&>(node).value);
    case ast::Kind::ListValue: {
      Json out = Json::array();
      for (const auto& v : static_cast<const ast::ListValue&>(node).values) {
        out.push_back(untypedValue(*v, variables));
      }
      return out;
    }
    case ast::Kind::ObjectValue: {
      Json out = Json::object();
      for (const auto& f : static_cast<const ast::ObjectValue&>(node).fields) {
        out[std::string(f.name.value)] = untypedValue(*f.value, variables);
      }
      return out;
    }
    case ast::Kind::Variable: {
      const auto name = static_cast<const ast::Variable&>(node).name.value;
      if (variables != nullptr && variables->contains(name)) return (*variables)[std::string(name)];
      return nullptr;
    }
    default: return nullptr;
  }
}

struct InputCoercer {
  const CoercionErrorHandler& onError;
  std::vector<PathSegment> path;

  void fail(const Json& value, const std::string& message) { onError(path, value, message); }

  Json coerce(const Json& value, const Type* type) {
    if (type->kind == TypeKind::NonNull) {
      if (!value.is_null()) return coerce(value, static_cast<const NonNullType*>(type)->ofType);
      fail(value, "Expected non-nullable type \"" + typeToString(type) + "\" not to be null.");
      return nullptr;
    }
    if (value.is_null()) return nullptr;
    if (type->kind == TypeKind::List) {
      const Type* itemType = static_cast<const ListType*>(type)->ofType;
      if (value.is_array()) {
        Json out = Json::array();
        for (std::size_t i = 0; i < value.size(); ++i) {
          path.emplace_back(static_cast<std::int64_t>(i));
          out.push_back(coerce(value[i], itemType));
          path.pop_back();
        }
        return out;
      }
      return Json::array({coerce(value, itemType)});
    }
    if (type->kind == TypeKind::InputObject)
      return coerceObject(value, static_cast<const InputObjectType&>(*type));
    try {
      if (type->kind == TypeKind::Enum) {
        const auto& e = static_cast<const EnumType&>(*type);
        if (!value.is_string()) {
          const std::string str = inspect(value);
          throw CoercionError("Enum \"" + e.name + "\" cannot represent non-string value: " + str +
                              "." + enumSuggestions(e, str));
        }
        const auto& s = value.get_ref<const std::string&>();
        if (e.findValue(s) == nullptr) {
          throw CoercionError("Value \"" + s + "\" does not exist in \"" + e.name + "\" enum." +
                              enumSuggestions(e, s));
        }
        return value;
      }
      const auto& scalar = static_cast<const ScalarType&>(*type);
      Json result = scalar.parseValue ? scalar.parseValue(value) : value;
      return result;
    } catch (const CoercionError& e) {
      fail(value, e.what());
      return nullptr;
    }
  }

  Json coerceObject(const Json& value, const InputObjectType& type) {
    if (!value.is_object()) {
      fail(value, "Expected type \"" + type.name + "\" to be an object.");
      return nullptr;
    }
    Json out = Json::object();
    for (const auto& field : type.fields) {
      const auto it = value.find(field.name);
      if (it == value.end()) {
        if (field.defaultValue) {
          out[field.name] = *field.defaultValue;
        } else if (isNonNullType(field.type)) {
          fail(value, "Field \"" + field.name + "\" of required type \"" +
                          typeToString(field.type) + "\" was not provided.");
        }
        continue;
      }
      path.emplace_back(field.name);
      out[field.name] = coerce(*it, field.type);
      path.pop_back();
    }
    for (const auto& [key, unused] : value.items()) {
      if (type.findField(key) == nullptr) {
        std::vector<std::string> names;
        for (const auto& f : type.fields) names.push_back(f.name);
        fail(value, "Field \"" + key + "\" is not defined by type \"" + type.name + "\"." +
                        detail::didYouMean(detail::suggestionList(key, names)));
      }
    }
    if (type.isOneOf) {
      if (out.size() != 1) {
        fail(value, "Exactly one key must be specified for OneOf type \"" + type.name + "\".");
      }
      if (!out.empty() && out.begin().value().is_null()) {
        path.emplace_back(out.begin().key());
        fail(nullptr, "Field \"" + out.begin().key() + "\" must be non-null.");
        path.pop_back();
      }
    }
    return out;
  }
};

// graphql-js typeFromAST; wrappers are owned by the caller (the schema is read-only).
const Type* typeFromAst(const Schema& schema, const ast::TypeNode& node,
                        std::deque<std::unique_ptr<Type>>& wrappers) {
  switch (node.kind) {
    case ast::Kind::NamedType:
      return schema.getType(static_cast<const ast::NamedType&>(node).name.value);
    case ast::Kind::ListType: {
      const Type* of = typeFromAst(schema, *static_cast<const ast::ListType&>(node).type, wrappers);
      if (of == nullptr) return nullptr;
      wrappers.push_back(std::make_unique<ListType>(of));
      return wrappers.back().get();
    }
    case ast::Kind::NonNullType: {
      const Type* of =
          typeFromAst(schema, *static_cast<const ast::NonNullType&>(node).type, wrappers);
      if (of == nullptr) return nullptr;
      wrappers.push_back(std::make_unique<NonNullType>(of));
      return wrappers.back().get();
    }
    default: return nullptr;
  }
}

}  // namespace

Json coerceInputValue(const Json& value, const Type* type, const CoercionErrorHandler& onError) {
  InputCoercer coercer{onError, {}};
  return coercer.coerce(value, type);
}

std::optional<Json> valueFromAST(const ast::ValueNode* node, const Type* type,
                                 const Json* variables) {
  if (node == nullptr) return std::nullopt;
  if (node->kind == ast::Kind::Variable) {
    const auto name = static_cast<const ast::Variable&>(*node).name.value;
    if (variables == nullptr) return std::nullopt;
    const auto it = variables->find(name);
    if (it == variables->end()) return std::nullopt;
    if (it->is_null() && isNonNullType(type)) return std::nullopt;
    return *it;
  }
  if (type->kind == TypeKind::NonNull) {
    if (node->kind == ast::Kind::NullValue) return std::nullopt;
    return valueFromAST(node, static_cast<const NonNullType*>(type)->ofType, variables);
  }
  if (node->kind == ast::Kind::NullValue) return Json(nullptr);
  if (type->kind == TypeKind::List) {
    const Type* itemType = static_cast<const ListType*>(type)->ofType;
    if (node->kind == ast::Kind::ListValue) {
      Json out = Json::array();
      for (const auto& item : static_cast<const ast::ListValue&>(*node).values) {
        if (isMissingVariable(*item, variables)) {
          if (isNonNullType(itemType)) return std::nullopt;
          out.push_back(nullptr);
        } else {
          auto v = valueFromAST(item.get(), itemType, variables);
          if (!v) return std::nullopt;
          out.push_back(std::move(*v));
        }
      }
      return out;
    }
    auto v = valueFromAST(node, itemType, variables);
    if (!v) return std::nullopt;
    return Json::array({std::move(*v)});
  }
  if (type->kind == TypeKind::InputObject) {
    if (node->kind != ast::Kind::ObjectValue) return std::nullopt;
    const auto& object = static_cast<const ast::ObjectValue&>(*node);
    const auto& inputType = static_cast<const InputObjectType&>(*type);
    Json out = Json::object();
    for (const auto& field : inputType.fields) {
      const ast::ObjectField* fieldNode = findField(object, field.name);
      if (fieldNode == nullptr || isMissingVariable(*fieldNode->value, variables)) {
        if (field.defaultValue) {
          out[field.name] = *field.defaultValue;
        } else if (isNonNullType(field.type)) {
          return std::nullopt;
        }
        continue;
      }
      auto v = valueFromAST(fieldNode->value.get(), field.type, variables);
      if (!v) return std::nullopt;
      out[field.name] = std::move(*v);
    }
    if (inputType.isOneOf && (out.size() != 1 || out.begin().value().is_null()))
      return std::nullopt;
    return out;
  }
  if (type->kind == TypeKind::Enum) {
    if (node->kind != ast::Kind::EnumValue) return std::nullopt;
    const auto name = static_cast<const ast::EnumValue&>(*node).value;
    if (static_cast<const EnumType&>(*type).findValue(name) == nullptr) return std::nullopt;
    return Json(std::string(name));
  }
  const auto& scalar = static_cast<const ScalarType&>(*type);
  try {
    if (scalar.parseLiteral) return scalar.parseLiteral(*node);
    return untypedValue(*node, variables);
  } catch (const CoercionError&) {
    return std::nullopt;
  }
}

std::optional<Json> coerceVariableValues(const Schema& schema, const ast::Document& document,
                                         const ast::OperationDefinition& operation,
                                         const Json& inputs, std::vector<GraphQLError>& errors,
                                         std::size_t maxErrors) {
  struct TooMany {};
  auto onError = [&](GraphQLError e) {
    if (errors.size() >= maxErrors) throw TooMany{};
    errors.push_back(std::move(e));
  };
  Json coerced = Json::object();
  std::deque<std::unique_ptr<Type>> wrappers;  // the variables' list/non-null types
  try {
    for (const auto& def : operation.variableDefinitions) {
      const std::string varName(def.variable.name.value);
      const Type* varType = typeFromAst(schema, *def.type, wrappers);
      if (varType == nullptr || !isInputType(varType)) {
        onError(makeError("Variable \"$" + varName + "\" expected value of type \"" +
                              print(*def.type) + "\" which cannot be used as an input type.",
                          document, {def.type.get()}));
        continue;
      }
      const auto it = inputs.is_object() ? inputs.find(varName) : inputs.end();
      if (!inputs.is_object() || it == inputs.end()) {
        if (def.defaultValue) {
          auto v = valueFromAST(def.defaultValue.get(), varType, nullptr);
          if (v) coerced[varName] = std::move(*v);
        } else if (isNonNullType(varType)) {
          onError(makeError("Variable \"$" + varName + "\" of required type \"" +
                                typeToString(varType) + "\" was not provided.",
                            document, {&def}));
        }
        continue;
      }
      if (it->is_null() && isNonNullType(varType)) {
        onError(makeError("Variable \"$" + varName + "\" of non-null type \"" +
                              typeToString(varType) + "\" must not be null.",
                          document, {&def}));
        continue;
      }
      coerced[varName] =
          coerceInputValue(*it, varType,
                           [&](const std::vector<PathSegment>& path, const Json& invalid,
                               const std::string& message) {
                             std::string prefix = "Variable \"$" + varName +
                                                  "\" got invalid value " + inspect(invalid);
                             if (!path.empty())
                               prefix += " at \"" + varName + printPathArray(path) + "\"";
                             onError(makeError(prefix + "; " + message, document, {&def}));
                           });
    }
  } catch (const TooMany&) {
    errors.push_back(
        makeError("Too many errors processing variables, error limit reached. Execution aborted."));
  }
  if (!errors.empty()) return std::nullopt;
  return coerced;
}

Json getArgumentValues(const std::vector<InputValue>& defs,
                       const std::vector<ast::Argument>& argumentNodes, const ast::Node& node,
                       const ast::Document& document, const Json& variables) {
  Json out = Json::object();
  if (defs.empty()) return out;
  for (const auto& def : defs) {
    const ast::Argument* argNode = nullptr;
    for (const auto& a : argumentNodes) {
      if (a.name.value == def.name) argNode = &a;
    }
    if (argNode == nullptr) {
      if (def.defaultValue) {
        out[def.name] = *def.defaultValue;
      } else if (isNonNullType(def.type)) {
        throw ExecutionError(makeError("Argument \"" + def.name + "\" of required type \"" +
                                           typeToString(def.type) + "\" was not provided.",
                                       document, {&node}));
      }
      continue;
    }
    const ast::ValueNode& valueNode = *argNode->value;
    bool isNull = valueNode.kind == ast::Kind::NullValue;
    if (valueNode.kind == ast::Kind::Variable) {
      const std::string varName(static_cast<const ast::Variable&>(valueNode).name.value);
      const auto it = variables.find(varName);
      if (it == variables.end()) {
        if (def.defaultValue) {
          out[def.name] = *def.defaultValue;
        } else if (isNonNullType(def.type)) {
          throw ExecutionError(makeError("Argument \"" + def.name + "\" of required type \"" +
                                             typeToString(def.type) +
                                             "\" was provided the variable \"$" + varName +
                                             "\" which was not provided a runtime value.",
                                         document, {&valueNode}));
        }
        continue;
      }
      isNull = it->is_null();
    }
    if (isNull && isNonNullType(def.type)) {
      throw ExecutionError(makeError("Argument \"" + def.name + "\" of non-null type \"" +
                                         typeToString(def.type) + "\" must not be null.",
                                     document, {&valueNode}));
    }
    auto coerced = valueFromAST(&valueNode, def.type, &variables);
    if (!coerced) {
      throw ExecutionError(
          makeError("Argument \"" + def.name + "\" has invalid value " + print(valueNode) + ".",
                    document, {&valueNode}));
    }
    out[def.name] = std::move(*coerced);
  }
  return out;
}

namespace {
bool isIntegerString(const std::string& s) {
  static const std::regex re("^-?(?:0|[1-9][0-9]*)$");
  return std::regex_match(s, re);
}
}  // namespace

std::optional<std::string> printValueLiteral(const Json& value, const Type* type) {
  if (type->kind == TypeKind::NonNull) {
    auto inner = printValueLiteral(value, static_cast<const NonNullType*>(type)->ofType);
    if (inner && *inner == "null") return std::nullopt;
    return inner;
  }
  if (value.is_null()) return "null";
  if (type->kind == TypeKind::List) {
    const Type* itemType = static_cast<const ListType*>(type)->ofType;
    if (!value.is_array()) return printValueLiteral(value, itemType);
    std::string out = "[";
    bool first = true;
    for (const auto& item : value) {
      auto s = printValueLiteral(item, itemType);
      if (!s) continue;
      if (!first) out += ", ";
      first = false;
      out += *s;
    }
    return out + "]";
  }
  if (type->kind == TypeKind::InputObject) {
    if (!value.is_object()) return std::nullopt;
    std::string out = "{";
    bool first = true;
    for (const auto& field : static_cast<const InputObjectType&>(*type).fields) {
      const auto it = value.find(field.name);
      if (it == value.end()) continue;
      auto s = printValueLiteral(*it, field.type);
      if (!s) continue;
      if (!first) out += ", ";
      first = false;
      out += field.name + ": " + *s;
    }
    return out + "}";
  }
  Json serialized;
  try {
    if (type->kind == TypeKind::Enum) {
      if (!value.is_string()) return std::nullopt;
      return value.get<std::string>();
    }
    const auto& scalar = static_cast<const ScalarType&>(*type);
    serialized = scalar.serialize ? scalar.serialize(value) : value;
  } catch (const CoercionError&) {
    return std::nullopt;
  }
  if (serialized.is_null()) return std::nullopt;
  if (serialized.is_boolean()) return serialized.get<bool>() ? "true" : "false";
  if (serialized.is_number()) {
    return serialized.is_number_float() ? jsNumberToString(serialized.get<double>())
                                        : serialized.dump();
  }
  if (serialized.is_string()) {
    const auto& s = serialized.get_ref<const std::string&>();
    if (static_cast<const NamedType*>(type)->name == "ID" && isIntegerString(s)) return s;
    return printStringLiteral(s);
  }
  return std::nullopt;
}

}  // namespace kvm48::graphql
