#include "execute.hpp"

#include <algorithm>
#include <optional>

#include "../type/inspect.hpp"
#include "../utilities/json_writer.hpp"
#include "collect_fields.hpp"
#include "field_sets.hpp"
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
  PathGuard(std::vector<PathEntry>& path, PathEntry entry) : path_(path) { path_.push_back(entry); }
  ~PathGuard() { path_.pop_back(); }
  PathGuard(const PathGuard&) = delete;
  PathGuard& operator=(const PathGuard&) = delete;

 private:
  std::vector<PathEntry>& path_;
};

// Writes the answer's `data` as compact JSON text while it executes: no tree of the answer
// is built. A field error at a non-null position propagates (as FieldFailure) to the
// nearest nullable one, which cuts what its value had written so far and writes null.
class Executor {
 public:
  Executor(const ExecuteRequest& request, const Json& variables, std::string& out)
      : req_(request),
        variables_(variables),
        fieldSets_(detail::FieldSets::forRequest(request.schema, request.document,
                                                 request.documentOwner, localFieldSets_)),
        out_(out) {}
  ~Executor() { fieldSets_.release(); }
  Executor(const Executor&) = delete;
  Executor& operator=(const Executor&) = delete;

  void executeRoot(const ObjectType& rootType, const ast::OperationDefinition& operation) {
    const detail::FieldMap& fields = fieldSets_.root(rootType, operation.selectionSet, [&] {
      return collector().collect(rootType, operation.selectionSet);
    });
    const Value root;
    executeFields(rootType, root, fields);
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

  void executeFields(const ObjectType& type, const Value& source, const detail::FieldMap& fields) {
    out_.push_back('{');
    bool first = true;
    for (const auto& field : fields) {
      if (!field.looked_up) {  // once per collected set: it serves every object of the list
        field.definition = fieldDef(type, field.nodes.front()->name.value);
        writeJsonString(field.responseKey, field.keyText);
        field.keyText.push_back(':');
        field.looked_up = true;
      }
      const FieldDefinition* def = field.definition;
      if (def == nullptr) continue;  // validation reports unknown fields
      if (!first) out_.push_back(',');
      first = false;
      out_ += field.keyText;
      const PathGuard guard(path_, PathEntry{field.responseKey});
      executeField(*def, type, source, field.nodes);
    }
    out_.push_back('}');
  }

  GraphQLError located(GraphQLError error, const std::vector<const ast::Field*>& nodes) const {
    if (error.locations.empty()) {
      for (const auto* n : nodes) error.locations.push_back(req_.document.locate(n->loc.start));
    }
    if (error.path.empty()) error.path = toPathSegments(path_);
    return error;
  }

  // graphql-js handleFieldError: non-null positions pass the error up; a nullable one
  // becomes null (what its value wrote from `mark` on is cut).
  void handleFieldError(GraphQLError error, const Type* returnType, std::size_t mark) {
    if (isNonNullType(returnType)) throw FieldFailure{std::move(error)};
    addError(std::move(error));
    out_.resize(mark);
    out_ += "null";
  }

  void executeField(const FieldDefinition& def, const ObjectType& parentType, const Value& source,
                    const std::vector<const ast::Field*>& nodes) {
    const FieldContext ctx{def, parentType, nodes};
    const std::size_t mark = out_.size();
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
      completeValue(def.type, ctx, result);
    } catch (FieldFailure& failure) {
      handleFieldError(std::move(failure.error), def.type, mark);
    } catch (ExecutionError& e) {
      handleFieldError(located(std::move(e.error), nodes), def.type, mark);
    } catch (const std::exception& e) {
      handleFieldError(located(makeError(e.what()), nodes), def.type, mark);
    }
  }

  static Value defaultResolve(const Value& source, const std::string& name) {
    if (!source.isJson() || !source.json().is_object()) return {};
    const auto it = source.json().find(name);
    return it == source.json().end() ? Value() : Value(*it);
  }

  // `result` is completed in place (leaves may be moved from): no copy or move per level.
  void completeValue(const Type* type, const FieldContext& ctx, Value& result) {
    if (result.isError()) {
      GraphQLError error = makeError(result.fieldError().message);
      error.extensions = result.fieldError().extensions;
      throw FieldFailure{located(std::move(error), ctx.nodes)};
    }
    if (type->kind == TypeKind::NonNull) {
      // Only a null result completes to null (a failing leaf throws, a list or an object
      // with failed parts is still a value).
      if (result.isNull()) {
        throw FieldFailure{located(makeError("Cannot return null for non-nullable field " +
                                             ctx.parentType.name + "." + ctx.def.name + "."),
                                   ctx.nodes)};
      }
      completeValue(static_cast<const NonNullType*>(type)->ofType, ctx, result);
      return;
    }
    if (result.isNull()) {
      out_ += "null";
      return;
    }
    switch (type->kind) {
      case TypeKind::List:
        completeList(static_cast<const ListType*>(type)->ofType, ctx, result);
        return;
      case TypeKind::Scalar:
        completeScalar(static_cast<const ScalarType&>(*type), ctx, result);
        return;
      case TypeKind::Enum: completeEnum(static_cast<const EnumType&>(*type), ctx, result); return;
      case TypeKind::Object:
        completeObject(static_cast<const ObjectType&>(*type), ctx, result);
        return;
      default: completeAbstract(static_cast<const NamedType&>(*type), ctx, result);
    }
  }

  void completeList(const Type* itemType, const FieldContext& ctx, Value& result) {
    auto completeItem = [&](std::size_t index, Value& item) {
      const PathGuard guard(path_, PathEntry{{}, static_cast<std::int64_t>(index)});
      const std::size_t mark = out_.size();
      try {
        completeValue(itemType, ctx, item);
      } catch (FieldFailure& failure) {
        handleFieldError(std::move(failure.error), itemType, mark);
      } catch (const std::exception& e) {
        handleFieldError(located(makeError(e.what()), ctx.nodes), itemType, mark);
      }
    };
    if (result.isList()) {
      auto& items = result.list();
      out_.push_back('[');
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (i != 0) out_.push_back(',');
        completeItem(i, items[i]);
      }
      out_.push_back(']');
    } else if (result.isJson() && result.json().is_array()) {
      auto& items = result.json();
      out_.push_back('[');
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (i != 0) out_.push_back(',');
        Value item(std::move(items[i]));
        completeItem(i, item);
      }
      out_.push_back(']');
    } else {
      throw FieldFailure{located(makeError("Expected Iterable, but did not find one for field \"" +
                                           ctx.parentType.name + "." + ctx.def.name + "\"."),
                                 ctx.nodes)};
    }
  }

  Json leafInput(Value& result, const NamedType& type, const FieldContext& ctx) {
    if (result.isJson()) return std::move(result.json());
    if (result.isBorrowedText()) return Json(std::string(result.borrowedText()));
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

  void completeScalar(const ScalarType& type, const FieldContext& ctx, Value& result) {
    using B = ScalarType::Builtin;
    if (result.isBorrowedText() && (type.builtin == B::String || type.builtin == B::ID)) {
      writeJsonString(result.borrowedText(), out_);
      return;
    }
    if (result.isJson() && isSerialized(type, result.json())) {
      writeJson(result.json(), out_);
      return;
    }
    const Json input = leafInput(result, type, ctx);
    const Json serialized = type.serialize ? type.serialize(input) : input;
    if (serialized.is_null()) {
      throw FieldFailure{
          located(makeError("Expected `" + type.name + ".serialize(" + inspect(input) +
                            ")` to return non-nullable value, returned: null"),
                  ctx.nodes)};
    }
    writeJson(serialized, out_);
  }

  void completeEnum(const EnumType& type, const FieldContext& ctx, Value& result) {
    if (result.isBorrowedText() && type.findValue(result.borrowedText()) != nullptr) {
      writeJsonString(result.borrowedText(), out_);
      return;
    }
    const Json input = leafInput(result, type, ctx);
    if (!input.is_string() || type.findValue(input.get_ref<const std::string&>()) == nullptr) {
      throw FieldFailure{
          located(makeError("Enum \"" + type.name + "\" cannot represent value: " + inspect(input)),
                  ctx.nodes)};
    }
    writeJson(input, out_);
  }

  void completeObject(const ObjectType& type, const FieldContext& ctx, const Value& result) {
    const detail::FieldMap& fields = fieldSets_.subfields(
        type, ctx.nodes, [&] { return collector().collectSubfields(type, ctx.nodes); });
    executeFields(type, result, fields);
  }

  void completeAbstract(const NamedType& type, const FieldContext& ctx, const Value& result) {
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
    completeObject(static_cast<const ObjectType&>(*runtime), ctx, result);
  }

  // Made on first use: kept field sets need none.
  detail::FieldCollector& collector() {
    if (!collector_) collector_.emplace(req_.schema, req_.document, variables_);
    return *collector_;
  }

  const ExecuteRequest& req_;
  const Json& variables_;
  detail::FieldSets localFieldSets_;  // before fieldSets_, which may refer to it
  detail::FieldSets& fieldSets_;
  std::optional<detail::FieldCollector> collector_;
  std::vector<GraphQLError> errors_;
  std::string& out_;
  std::vector<PathEntry> path_;
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

// Appends `{"errors":[...],` (graphql-js's key order: errors first) when there are errors,
// else `{`.
void openAnswer(const std::vector<GraphQLError>& errors, std::string& out) {
  out.push_back('{');
  if (errors.empty()) return;
  out += "\"errors\":";
  writeJson(errorsToJson(errors), out);
  out.push_back(',');
}

// Coerces the variables and executes the operation, appending the text of `data` to
// `dataText`. False when the request failed before execution (no data). Errors go to
// `errors`.
bool run(const ExecuteRequest& req, std::string& dataText, std::vector<GraphQLError>& errors) {
  const ast::OperationDefinition* operation = selectOperation(req, errors);
  if (operation == nullptr) return false;
  static const Json kNoVariables = Json::object();
  auto variables =
      coerceVariableValues(req.schema, req.document, *operation,
                           req.variables.is_object() ? req.variables : kNoVariables, errors);
  if (!variables) return false;

  const std::size_t start = dataText.size();
  Executor executor(req, *variables, dataText);
  const ObjectType* rootType =
      operation->operation == ast::OperationType::Query      ? req.schema.queryType()
      : operation->operation == ast::OperationType::Mutation ? req.schema.mutationType()
                                                             : req.schema.subscriptionType();
  auto nullData = [&](GraphQLError error) {
    executor.addError(std::move(error));
    dataText.resize(start);
    dataText += "null";
  };
  try {
    if (rootType == nullptr) {
      throw ExecutionError(makeError("Schema is not configured to execute " +
                                         std::string(ast::toString(operation->operation)) +
                                         " operation.",
                                     req.document, {operation}));
    }
    executor.executeRoot(*rootType, *operation);
  } catch (FieldFailure& failure) {
    nullData(std::move(failure.error));
  } catch (ExecutionError& e) {
    nullData(std::move(e.error));
  }
  errors = std::move(executor.errors());
  return true;
}

}  // namespace

Json ExecutionResult::toJson() const {
  Json out = Json::object();
  if (!errors.empty()) out["errors"] = errorsToJson(errors);
  if (data) out["data"] = *data;
  return out;
}

std::string ExecutionResult::toJsonText() const {
  std::string out;
  openAnswer(errors, out);
  if (data) {
    out += "\"data\":";
    writeJson(*data, out);
  } else if (!errors.empty()) {
    out.pop_back();  // the comma after the errors
  }
  out.push_back('}');
  return out;
}

ExecutionResult execute(const ExecuteRequest& req) {
  ExecutionResult result;
  std::string dataText;
  if (run(req, dataText, result.errors)) result.data = Json::parse(dataText);
  return result;
}

TextResult executeToText(const ExecuteRequest& req) {
  // Answers of one server tend to be alike in size: start at the last size this thread
  // wrote, so a large answer is not copied at every doubling of the buffer.
  thread_local std::size_t lastSize = 256;
  // Written after `{"data":`, so an answer without errors (the usual one) is never copied.
  static constexpr std::string_view kDataKey = "{\"data\":";
  TextResult result;
  std::vector<GraphQLError> errors;
  std::string dataText;
  dataText.reserve(lastSize);
  dataText += kDataKey;
  result.hasData = run(req, dataText, errors);
  result.errorCount = errors.size();
  if (errors.empty() && result.hasData) {
    dataText.push_back('}');
    result.json = std::move(dataText);
  } else {
    openAnswer(errors, result.json);
    if (result.hasData) {
      result.json.append(dataText, 1);  // "data":...
    } else if (!errors.empty()) {
      result.json.pop_back();  // the comma after the errors
    }
    result.json.push_back('}');
  }
  lastSize = std::min<std::size_t>(result.json.size() + result.json.size() / 8, 1 << 20);
  return result;
}

}  // namespace kvm48::graphql
