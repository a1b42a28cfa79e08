#include "execute.hpp"

#include <algorithm>
#include <map>

#include "../type/inspect.hpp"
#include "../utilities/json_writer.hpp"
#include "collect_fields.hpp"
#include "values.hpp"

namespace kvm48::graphql {
namespace {

// A field error on its way up to the nearest nullable position (graphql-js rethrows
// the located error from handleFieldError for non-null types).
struct FieldFailure {
  GraphQLError error;
};

// Pushes a response path segment for the lifetime of a field or list item, however
// its completion ends (errors propagate as exceptions).
class PathGuard {
 public:
  PathGuard(std::vector<PathSegment>& path, PathSegment segment) : path_(path) {
    path_.push_back(std::move(segment));
  }
  ~PathGuard() { path_.pop_back(); }
  PathGuard(const PathGuard&) = delete;
  PathGuard& operator=(const PathGuard&) = delete;

 private:
  std::vector<PathSegment>& path_;
};

class Executor {
 public:
  Executor(const ExecuteRequest& request, const Json& variables)
      : req_(request),
        variables_(variables),
        collector_(request.schema, request.document, variables) {}

  Json executeRoot(const ObjectType& rootType, const ast::OperationDefinition& operation) {
    const detail::FieldMap fields = collector_.collect(rootType, operation.selectionSet);
    const Value root;
    return executeFields(rootType, root, fields);
  }

  void addError(GraphQLError error) {
    if (errors_.size() < req_.maxErrors) errors_.push_back(std::move(error));
  }
  std::vector<GraphQLError>& errors() { return errors_; }

 private:
  struct FieldContext {
    const FieldDefinition& def;
    const ObjectType& parentType;
    const std::vector<const ast::Field*>& nodes;
  };

  const FieldDefinition* fieldDef(const ObjectType& parentType, std::string_view name) const {
    const Schema& schema = req_.schema;
    if (name == "__typename") return schema.typenameMetaField();
    if (&parentType == schema.queryType()) {
      if (name == "__schema") return schema.schemaMetaField();
      if (name == "__type") return schema.typeMetaField();
    }
    return parentType.findField(name);
  }

  Json executeFields(const ObjectType& type, const Value& source, const detail::FieldMap& fields) {
    Json out = Json::object();
    // Response keys are unique by construction: append without ordered_map's key search.
    auto& members = out.get_ref<Json::object_t&>();
    members.reserve(fields.size());
    for (const auto& field : fields) {
      if (!field.looked_up) {  // once per collected set: it serves every object of the list
        field.definition = fieldDef(type, field.nodes.front()->name.value);
        field.looked_up = true;
      }
      const FieldDefinition* def = field.definition;
      if (def == nullptr) continue;  // validation reports unknown fields
      const PathGuard guard(path_, std::string(field.responseKey));
      members.emplace_back(std::string(field.responseKey),
                           executeField(*def, type, source, field.nodes));
    }
    return out;
  }

  GraphQLError located(GraphQLError error, const std::vector<const ast::Field*>& nodes) const {
    if (error.locations.empty()) {
      for (const auto* n : nodes) error.locations.push_back(req_.document.locate(n->loc.start));
    }
    if (error.path.empty()) error.path = path_;
    return error;
  }

  // graphql-js handleFieldError: non-null positions pass the error up.
  Json handleFieldError(GraphQLError error, const Type* returnType) {
    if (isNonNullType(returnType)) throw FieldFailure{std::move(error)};
    addError(std::move(error));
    return nullptr;
  }

  Json executeField(const FieldDefinition& def, const ObjectType& parentType, const Value& source,
                    const std::vector<const ast::Field*>& nodes) {
    const FieldContext ctx{def, parentType, nodes};
    try {
      const ast::Field& node = *nodes.front();
      // Most fields take no arguments: no per-field empty object for them.
      static const Json kNoArguments = Json::object();
      Json coerced;
      const Json& args = def.args.empty()
                             ? kNoArguments
                             : (coerced = getArgumentValues(def.args, node.arguments, node,
                                                            req_.document, variables_));
      const ResolveInfo info{source,      args, req_.context, def,  parentType,
                             req_.schema, node, variables_,   path_};
      Value result = def.resolve ? def.resolve(info) : defaultResolve(source, def.name);
      return completeValue(def.type, ctx, std::move(result));
    } catch (FieldFailure& failure) {
      return handleFieldError(std::move(failure.error), def.type);
    } catch (ExecutionError& e) {
      return handleFieldError(located(std::move(e.error), nodes), def.type);
    } catch (const std::exception& e) {
      return handleFieldError(located(makeError(e.what()), nodes), def.type);
    }
  }

  static Value defaultResolve(const Value& source, const std::string& name) {
    if (!source.isJson() || !source.json().is_object()) return {};
    const auto it = source.json().find(name);
    return it == source.json().end() ? Value() : Value(*it);
  }

  Json completeValue(const Type* type, const FieldContext& ctx, Value result) {
    if (result.isError()) {
      GraphQLError error = makeError(result.fieldError().message);
      error.extensions = result.fieldError().extensions;
      throw FieldFailure{located(std::move(error), ctx.nodes)};
    }
    if (type->kind == TypeKind::NonNull) {
      Json completed =
          completeValue(static_cast<const NonNullType*>(type)->ofType, ctx, std::move(result));
      if (completed.is_null()) {
        throw FieldFailure{located(makeError("Cannot return null for non-nullable field " +
                                             ctx.parentType.name + "." + ctx.def.name + "."),
                                   ctx.nodes)};
      }
      return completed;
    }
    if (result.isNull()) return nullptr;
    switch (type->kind) {
      case TypeKind::List:
        return completeList(static_cast<const ListType*>(type)->ofType, ctx, std::move(result));
      case TypeKind::Scalar:
        return completeScalar(static_cast<const ScalarType&>(*type), ctx, result);
      case TypeKind::Enum: return completeEnum(static_cast<const EnumType&>(*type), ctx, result);
      case TypeKind::Object:
        return completeObject(static_cast<const ObjectType&>(*type), ctx, result);
      default: return completeAbstract(static_cast<const NamedType&>(*type), ctx, result);
    }
  }

  Json completeList(const Type* itemType, const FieldContext& ctx, Value result) {
    Json out = Json::array();
    auto completeItem = [&](std::size_t index, Value item) {
      const PathGuard guard(path_, static_cast<std::int64_t>(index));
      try {
        out.push_back(completeValue(itemType, ctx, std::move(item)));
      } catch (FieldFailure& failure) {
        out.push_back(handleFieldError(std::move(failure.error), itemType));
      } catch (const std::exception& e) {
        out.push_back(handleFieldError(located(makeError(e.what()), ctx.nodes), itemType));
      }
    };
    if (result.isList()) {
      auto& items = result.list();
      out.get_ref<Json::array_t&>().reserve(items.size());
      for (std::size_t i = 0; i < items.size(); ++i) completeItem(i, std::move(items[i]));
    } else if (result.isJson() && result.json().is_array()) {
      auto& items = result.json();
      out.get_ref<Json::array_t&>().reserve(items.size());
      for (std::size_t i = 0; i < items.size(); ++i) completeItem(i, Value(std::move(items[i])));
    } else {
      throw FieldFailure{located(makeError("Expected Iterable, but did not find one for field \"" +
                                           ctx.parentType.name + "." + ctx.def.name + "\"."),
                                 ctx.nodes)};
    }
    return out;
  }

  Json leafInput(Value& result, const NamedType& type, const FieldContext& ctx) {
    if (result.isJson()) return std::move(result.json());
    throw FieldFailure{
        located(makeError(type.name + " cannot represent a non-JSON value"), ctx.nodes)};
  }

  // Values already in their output form skip serialize() (no copy, no std::function).
  static bool isSerialized(const ScalarType& type, const Json& v) {
    using B = ScalarType::Builtin;
    switch (type.builtin) {
      case B::String:
      case B::ID: return v.is_string();
      case B::Boolean: return v.is_boolean();
      case B::Int: {
        if (!v.is_number_integer()) return false;
        const auto n = v.get<std::int64_t>();
        return n >= -2147483648LL && n <= 2147483647LL;
      }
      default: return false;
    }
  }

  Json completeScalar(const ScalarType& type, const FieldContext& ctx, Value& result) {
    Json input = leafInput(result, type, ctx);
    if (isSerialized(type, input)) return input;
    Json serialized = type.serialize ? type.serialize(input) : input;
    if (serialized.is_null()) {
      throw FieldFailure{
          located(makeError("Expected `" + type.name + ".serialize(" + inspect(input) +
                            ")` to return non-nullable value, returned: null"),
                  ctx.nodes)};
    }
    return serialized;
  }

  Json completeEnum(const EnumType& type, const FieldContext& ctx, Value& result) {
    Json input = leafInput(result, type, ctx);
    if (!input.is_string() || type.findValue(input.get_ref<const std::string&>()) == nullptr) {
      throw FieldFailure{
          located(makeError("Enum \"" + type.name + "\" cannot represent value: " + inspect(input)),
                  ctx.nodes)};
    }
    return input;
  }

  Json completeObject(const ObjectType& type, const FieldContext& ctx, const Value& result) {
    const auto key = std::make_tuple(&type, ctx.nodes.front(), ctx.nodes.size());
    auto it = subfieldCache_.find(key);
    if (it == subfieldCache_.end()) {
      it = subfieldCache_.emplace(key, collector_.collectSubfields(type, ctx.nodes)).first;
    }
    return executeFields(type, result, it->second);
  }

  Json completeAbstract(const NamedType& type, const FieldContext& ctx, const Value& result) {
    std::string runtimeName;
    const TypeResolver* resolver = nullptr;
    if (type.kind == TypeKind::Interface)
      resolver = &static_cast<const InterfaceType&>(type).resolveType;
    if (type.kind == TypeKind::Union) resolver = &static_cast<const UnionType&>(type).resolveType;
    if (resolver != nullptr && *resolver) {
      runtimeName = (*resolver)(result, req_.context);
    } else if (result.isJson() && result.json().is_object()) {
      const auto tn = result.json().find("__typename");
      if (tn != result.json().end() && tn->is_string()) runtimeName = tn->get<std::string>();
    }
    auto fail = [&](const std::string& message) {
      throw FieldFailure{located(makeError(message), ctx.nodes)};
    };
    const std::string where = ctx.parentType.name + "." + ctx.def.name;
    if (runtimeName.empty()) {
      fail("Abstract type \"" + type.name +
           "\" must resolve to an Object type at runtime for field \"" + where +
           "\". Either the \"" + type.name +
           "\" type should provide a \"resolveType\" function or each possible type should provide "
           "an "
           "\"isTypeOf\" function.");
    }
    const NamedType* runtime = req_.schema.getType(runtimeName);
    if (runtime == nullptr) {
      fail("Abstract type \"" + type.name + "\" was resolved to a type \"" + runtimeName +
           "\" that does not exist inside the schema.");
    }
    if (runtime->kind != TypeKind::Object) {
      fail("Abstract type \"" + type.name + "\" was resolved to a non-object type \"" +
           runtimeName + "\".");
    }
    if (!req_.schema.isSubType(&type, runtime)) {
      fail("Runtime Object type \"" + runtimeName + "\" is not a possible type for \"" + type.name +
           "\".");
    }
    return completeObject(static_cast<const ObjectType&>(*runtime), ctx, result);
  }

  const ExecuteRequest& req_;
  const Json& variables_;
  detail::FieldCollector collector_;
  std::vector<GraphQLError> errors_;
  std::vector<PathSegment> path_;
  std::map<std::tuple<const ObjectType*, const ast::Field*, std::size_t>, detail::FieldMap>
      subfieldCache_;
};

// graphql-js buildExecutionContext's operation selection.
const ast::OperationDefinition* selectOperation(const ExecuteRequest& req,
                                                std::vector<GraphQLError>& errors) {
  const ast::OperationDefinition* operation = nullptr;
  for (const auto& def : req.document.definitions) {
    if (def->kind != ast::Kind::OperationDefinition) continue;
    const auto* op = static_cast<const ast::OperationDefinition*>(def.get());
    if (!req.operationName) {
      if (operation != nullptr) {
        errors.push_back(
            makeError("Must provide operation name if query contains multiple operations."));
        return nullptr;
      }
      operation = op;
    } else if (op->name && op->name->value == *req.operationName) {
      operation = op;
    }
  }
  if (operation == nullptr) {
    errors.push_back(makeError(req.operationName
                                   ? "Unknown operation named \"" + *req.operationName + "\"."
                                   : std::string("Must provide an operation.")));
  }
  return operation;
}

}  // namespace

Json ExecutionResult::toJson() const {
  Json out = Json::object();
  if (!errors.empty()) out["errors"] = errorsToJson(errors);
  if (data) out["data"] = *data;
  return out;
}

std::string ExecutionResult::toJsonText() const {
  // Answers of one server tend to be alike in size: start at the last size this thread
  // wrote, so a large answer is not copied at every doubling of the buffer.
  thread_local std::size_t lastSize = 256;
  std::string out;
  out.reserve(lastSize);
  out.push_back('{');
  if (!errors.empty()) {
    out += "\"errors\":";
    writeJson(errorsToJson(errors), out);
  }
  if (data) {
    if (!errors.empty()) out.push_back(',');
    out += "\"data\":";
    writeJson(*data, out);
  }
  out.push_back('}');
  lastSize = std::min<std::size_t>(out.size() + out.size() / 8, 1 << 20);
  return out;
}

ExecutionResult execute(const ExecuteRequest& req) {
  ExecutionResult result;
  const ast::OperationDefinition* operation = selectOperation(req, result.errors);
  if (operation == nullptr) return result;
  static const Json kNoVariables = Json::object();
  auto variables =
      coerceVariableValues(req.schema, req.document, *operation,
                           req.variables.is_object() ? req.variables : kNoVariables, result.errors);
  if (!variables) return result;

  Executor executor(req, *variables);
  const ObjectType* rootType =
      operation->operation == ast::OperationType::Query      ? req.schema.queryType()
      : operation->operation == ast::OperationType::Mutation ? req.schema.mutationType()
                                                             : req.schema.subscriptionType();
  try {
    if (rootType == nullptr) {
      throw ExecutionError(makeError("Schema is not configured to execute " +
                                         std::string(ast::toString(operation->operation)) +
                                         " operation.",
                                     req.document, {operation}));
    }
    result.data = executor.executeRoot(*rootType, *operation);
  } catch (FieldFailure& failure) {
    executor.addError(std::move(failure.error));
    result.data = Json(nullptr);
  } catch (ExecutionError& e) {
    executor.addError(std::move(e.error));
    result.data = Json(nullptr);
  }
  result.errors = std::move(executor.errors());
  return result;
}

}  // namespace kvm48::graphql
