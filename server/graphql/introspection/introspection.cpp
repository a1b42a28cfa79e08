#include "introspection.hpp"

#include "../execution/values.hpp"
#include "introspection_types.hpp"

namespace kvm48::graphql {
namespace {

template <class T>
const T& as(const ResolveInfo& info) {
  const T* const* p = info.parent.object<const T*>();
  if (p == nullptr) throw std::logic_error("introspection: unexpected parent value");
  return **p;
}
template <class T>
Value wrap(const T* p) {
  return p == nullptr ? Value() : Value::object(p);
}
Value optionalString(const std::string& s) {
  return s.empty() ? Value() : Value(s);
}
Value optionalString(const std::optional<std::string>& s) {
  return s ? Value(*s) : Value();
}
bool includeDeprecated(const ResolveInfo& info) {
  const Json& v = info.arg("includeDeprecated");
  return v.is_boolean() && v.get<bool>();
}
template <class T>
Value listOf(const std::vector<T>& items, const ResolveInfo& info) {
  const bool all = includeDeprecated(info);
  Value::List out;
  for (const auto& item : items) {
    if (all || !item.deprecationReason) out.push_back(Value::object(&item));
  }
  return out;
}

FieldDefinition& fieldOf(Schema& schema, std::string_view type, std::string_view field) {
  auto* t = const_cast<FieldsType*>(static_cast<const FieldsType*>(schema.getType(type)));
  for (auto& f : t->fields) {
    if (f.name == field) return f;
  }
  throw std::logic_error("introspection: missing field");
}

const Type* typeOf(const ResolveInfo& info) {
  return &as<Type>(info);
}

void attachSchemaResolvers(Schema& s) {
  auto on = [&](std::string_view field, Resolver r) {
    fieldOf(s, "__Schema", field).resolve = std::move(r);
  };
  on("description", [](const ResolveInfo& i) { return optionalString(as<Schema>(i).description); });
  on("types", [](const ResolveInfo& i) {
    Value::List out;
    for (const NamedType* t : as<Schema>(i).types())
      out.push_back(Value::object(static_cast<const Type*>(t)));
    return Value(std::move(out));
  });
  on("queryType", [](const ResolveInfo& i) { return wrap<Type>(as<Schema>(i).queryType()); });
  on("mutationType", [](const ResolveInfo& i) { return wrap<Type>(as<Schema>(i).mutationType()); });
  on("subscriptionType",
     [](const ResolveInfo& i) { return wrap<Type>(as<Schema>(i).subscriptionType()); });
  on("directives", [](const ResolveInfo& i) {
    const bool all = includeDeprecated(i);
    Value::List out;
    for (const auto* d : as<Schema>(i).directives()) {
      if (all || !d->deprecationReason) out.push_back(Value::object(d));
    }
    return Value(std::move(out));
  });
}

void attachTypeResolvers(Schema& s) {
  auto on = [&](std::string_view field, Resolver r) {
    fieldOf(s, "__Type", field).resolve = std::move(r);
  };
  on("kind", [](const ResolveInfo& i) { return Value(std::string(toString(typeOf(i)->kind))); });
  on("name", [](const ResolveInfo& i) -> Value {
    const Type* t = typeOf(i);
    return isWrappingType(t) ? Value() : Value(static_cast<const NamedType*>(t)->name);
  });
  on("description", [](const ResolveInfo& i) -> Value {
    const Type* t = typeOf(i);
    return isWrappingType(t) ? Value()
                             : optionalString(static_cast<const NamedType*>(t)->description);
  });
  on("specifiedByURL", [](const ResolveInfo& i) -> Value {
    const Type* t = typeOf(i);
    return t->kind == TypeKind::Scalar
               ? optionalString(static_cast<const ScalarType*>(t)->specifiedByURL)
               : Value();
  });
  on("fields", [](const ResolveInfo& i) -> Value {
    const Type* t = typeOf(i);
    if (t->kind != TypeKind::Object && t->kind != TypeKind::Interface) return {};
    return listOf(static_cast<const FieldsType*>(t)->fields, i);
  });
  on("interfaces", [](const ResolveInfo& i) -> Value {
    const Type* t = typeOf(i);
    if (t->kind != TypeKind::Object && t->kind != TypeKind::Interface) return {};
    Value::List out;
    for (const auto* iface : static_cast<const FieldsType*>(t)->interfaces)
      out.push_back(Value::object(static_cast<const Type*>(iface)));
    return out;
  });
  on("possibleTypes", [](const ResolveInfo& i) -> Value {
    const Type* t = typeOf(i);
    if (!isAbstractType(t)) return {};
    Value::List out;
    for (const auto* o : i.schema.possibleTypes(static_cast<const NamedType*>(t)))
      out.push_back(Value::object(static_cast<const Type*>(o)));
    return out;
  });
  on("enumValues", [](const ResolveInfo& i) -> Value {
    const Type* t = typeOf(i);
    if (t->kind != TypeKind::Enum) return {};
    return listOf(static_cast<const EnumType*>(t)->values, i);
  });
  on("inputFields", [](const ResolveInfo& i) -> Value {
    const Type* t = typeOf(i);
    if (t->kind != TypeKind::InputObject) return {};
    return listOf(static_cast<const InputObjectType*>(t)->fields, i);
  });
  on("ofType", [](const ResolveInfo& i) -> Value {
    const Type* t = typeOf(i);
    if (t->kind == TypeKind::List) return Value::object(static_cast<const ListType*>(t)->ofType);
    if (t->kind == TypeKind::NonNull)
      return Value::object(static_cast<const NonNullType*>(t)->ofType);
    return {};
  });
  on("isOneOf", [](const ResolveInfo& i) -> Value {
    const Type* t = typeOf(i);
    return t->kind == TypeKind::InputObject ? Value(static_cast<const InputObjectType*>(t)->isOneOf)
                                            : Value();
  });
}

template <class T>
void attachCommon(Schema& s, std::string_view type) {
  auto on = [&](std::string_view field, Resolver r) {
    fieldOf(s, type, field).resolve = std::move(r);
  };
  on("name", [](const ResolveInfo& i) { return Value(as<T>(i).name); });
  on("description", [](const ResolveInfo& i) { return optionalString(as<T>(i).description); });
  on("isDeprecated",
     [](const ResolveInfo& i) { return Value(as<T>(i).deprecationReason.has_value()); });
  on("deprecationReason",
     [](const ResolveInfo& i) { return optionalString(as<T>(i).deprecationReason); });
}

void attachOtherResolvers(Schema& s) {
  attachCommon<FieldDefinition>(s, "__Field");
  fieldOf(s, "__Field", "args").resolve = [](const ResolveInfo& i) {
    return listOf(as<FieldDefinition>(i).args, i);
  };
  fieldOf(s, "__Field", "type").resolve = [](const ResolveInfo& i) {
    return Value::object(as<FieldDefinition>(i).type);
  };
  attachCommon<InputValue>(s, "__InputValue");
  fieldOf(s, "__InputValue", "type").resolve = [](const ResolveInfo& i) {
    return Value::object(as<InputValue>(i).type);
  };
  fieldOf(s, "__InputValue", "defaultValue").resolve = [](const ResolveInfo& i) -> Value {
    const auto& v = as<InputValue>(i);
    if (!v.defaultValue) return {};
    auto printed = printValueLiteral(*v.defaultValue, v.type);
    return printed ? Value(*printed) : Value();
  };
  attachCommon<EnumValueDefinition>(s, "__EnumValue");
  attachCommon<DirectiveDefinition>(s, "__Directive");
  fieldOf(s, "__Directive", "isRepeatable").resolve = [](const ResolveInfo& i) {
    return Value(as<DirectiveDefinition>(i).isRepeatable);
  };
  fieldOf(s, "__Directive", "locations").resolve = [](const ResolveInfo& i) {
    Json out = Json::array();
    for (auto l : as<DirectiveDefinition>(i).locations) out.push_back(std::string(toString(l)));
    return Value(std::move(out));
  };
  fieldOf(s, "__Directive", "args").resolve = [](const ResolveInfo& i) {
    return listOf(as<DirectiveDefinition>(i).args, i);
  };
}

}  // namespace

void addIntrospectionTypes(Schema& schema) {
  detail::defineIntrospectionTypes(schema);
  auto meta = [](std::string name, std::string typeRef, std::string description, Resolver r) {
    auto f = std::make_unique<FieldDefinition>();
    f->name = std::move(name);
    f->typeRef = std::move(typeRef);
    f->description = std::move(description);
    f->resolve = std::move(r);
    return f;
  };
  schema.schemaMetaOwned_ =
      meta("__schema", "__Schema!", "Access the current type schema of this server.",
           [](const ResolveInfo& i) { return Value::object(&i.schema); });
  schema.typeMetaOwned_ =
      meta("__type", "__Type", "Request the type information of a single type.",
           [](const ResolveInfo& i) -> Value {
             const Json& name = i.arg("name");
             if (!name.is_string()) return {};
             const NamedType* t = i.schema.getType(name.get_ref<const std::string&>());
             return t == nullptr ? Value() : Value::object(static_cast<const Type*>(t));
           });
  schema.typeMetaOwned_->arg("name", "String!");
  schema.typenameMetaOwned_ =
      meta("__typename", "String!", "The name of the current Object type at runtime.",
           [](const ResolveInfo& i) { return Value(i.parentType.name); });
  schema.schemaMeta_ = schema.schemaMetaOwned_.get();
  schema.typeMeta_ = schema.typeMetaOwned_.get();
  schema.typenameMeta_ = schema.typenameMetaOwned_.get();
}

// Resolvers need the types registered in the type map, which finalize() does after
// addIntrospectionTypes(); it calls this once the map exists.
void attachIntrospectionResolvers(Schema& schema) {
  attachSchemaResolvers(schema);
  attachTypeResolvers(schema);
  attachOtherResolvers(schema);
}

const std::string& introspectionQuery() {
  static const std::string query = R"(

    query IntrospectionQuery {
      __schema {
        description
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives {
          name
          description
          isRepeatable
          
          
          locations
          args(includeDeprecated: true) {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      description
      specifiedByURL
      isOneOf
      fields(includeDeprecated: true) {
        name
        description
        args(includeDeprecated: true) {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields(includeDeprecated: true) {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        description
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      description
      type { ...TypeRef }
      defaultValue
      isDeprecated
      deprecationReason
    }

    fragment TypeRef on __Type {
      kind
      name
      ofType {
        name
        kind
        ofType {
          name
          kind
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  )";
  return query;
}

}  // namespace kvm48::graphql
