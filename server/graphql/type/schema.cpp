#include "schema.hpp"

#include <algorithm>
#include <unordered_set>

#include "../introspection/introspection.hpp"
#include "../language/parser.hpp"
#include "directives.hpp"
#include "scalars.hpp"

namespace kvm48::graphql {
namespace {

std::string joinProblems(const std::vector<std::string>& problems) {
  std::string out = "invalid GraphQL schema:";
  for (const auto& p : problems) out += "\n  " + p;
  return out;
}

}  // namespace

SchemaError::SchemaError(std::vector<std::string> p)
    : std::runtime_error(joinProblems(p)), problems(std::move(p)) {}

Schema::Schema() = default;
Schema::~Schema() = default;

template <class T>
T& Schema::add(std::unique_ptr<T> type) {
  if (finalized_) throw std::logic_error("Schema: cannot add types after finalize()");
  T& ref = *type;
  owned_.push_back(std::move(type));
  return ref;
}

ObjectType& Schema::addObject(std::string name, std::string desc) {
  return add(std::make_unique<ObjectType>(std::move(name), std::move(desc)));
}
InterfaceType& Schema::addInterface(std::string name, std::string desc) {
  return add(std::make_unique<InterfaceType>(std::move(name), std::move(desc)));
}
UnionType& Schema::addUnion(std::string name, std::string desc) {
  return add(std::make_unique<UnionType>(std::move(name), std::move(desc)));
}
EnumType& Schema::addEnum(std::string name, std::string desc) {
  return add(std::make_unique<EnumType>(std::move(name), std::move(desc)));
}
InputObjectType& Schema::addInputObject(std::string name, std::string desc) {
  return add(std::make_unique<InputObjectType>(std::move(name), std::move(desc)));
}
ScalarType& Schema::addScalar(std::string name, std::string desc) {
  auto scalar = std::make_unique<ScalarType>(std::move(name), std::move(desc));
  scalar->serialize = [](const Json& v) { return v; };
  scalar->parseValue = [](const Json& v) { return v; };
  return add(std::move(scalar));
}
DirectiveDefinition& Schema::addDirective(DirectiveDefinition directive) {
  if (finalized_) throw std::logic_error("Schema: cannot add directives after finalize()");
  directives_.push_back(std::move(directive));
  return directives_.back();
}

const Type* Schema::listOf(const Type* of) {
  auto& slot = listOf_[of];
  if (slot == nullptr) {
    wrappers_.push_back(std::make_unique<ListType>(of));
    slot = wrappers_.back().get();
  }
  return slot;
}

const Type* Schema::nonNullOf(const Type* of) {
  if (of != nullptr && of->kind == TypeKind::NonNull) return of;
  auto& slot = nonNullOf_[of];
  if (slot == nullptr) {
    wrappers_.push_back(std::make_unique<NonNullType>(of));
    slot = wrappers_.back().get();
  }
  return slot;
}

const Type* Schema::resolveTypeRef(std::string_view typeRef) {
  ast::TypePtr node;
  try {
    node = parseType(typeRef);
  } catch (const SyntaxError&) {
    return nullptr;
  }
  // Iterative walk down the wrappers, then wrap back up.
  std::vector<ast::Kind> wrappers;
  const ast::TypeNode* n = node.get();
  while (n->kind != ast::Kind::NamedType) {
    wrappers.push_back(n->kind);
    n = n->kind == ast::Kind::ListType ? static_cast<const ast::ListType*>(n)->type.get()
                                       : static_cast<const ast::NonNullType*>(n)->type.get();
  }
  const auto it = typeMap_.find(static_cast<const ast::NamedType*>(n)->name.value);
  if (it == typeMap_.end()) return nullptr;
  const Type* t = it->second;
  for (auto w = wrappers.rbegin(); w != wrappers.rend(); ++w) {
    t = *w == ast::Kind::ListType ? listOf(t) : nonNullOf(t);
  }
  return t;
}

const NamedType* Schema::getType(std::string_view name) const {
  const auto it = typeMap_.find(name);
  return it == typeMap_.end() ? nullptr : it->second;
}

const DirectiveDefinition* Schema::getDirective(std::string_view name) const {
  for (const auto* d : directiveList_) {
    if (d->name == name) return d;
  }
  return nullptr;
}

const std::vector<const ObjectType*>& Schema::possibleTypes(const NamedType* abstractType) const {
  static const std::vector<const ObjectType*> kNone;
  const auto it = possible_.find(abstractType);
  return it == possible_.end() ? kNone : it->second;
}

bool Schema::isPossibleType(const NamedType* abstractType, const ObjectType* objectType) const {
  const auto& types = possibleTypes(abstractType);
  return std::find(types.begin(), types.end(), objectType) != types.end();
}

bool Schema::isSubType(const NamedType* abstractType, const NamedType* maybeSubType) const {
  if (maybeSubType == nullptr || abstractType == nullptr) return false;
  if (maybeSubType->kind == TypeKind::Object) {
    return isPossibleType(abstractType, static_cast<const ObjectType*>(maybeSubType));
  }
  if (maybeSubType->kind == TypeKind::Interface && abstractType->kind == TypeKind::Interface) {
    const auto& ifaces = static_cast<const InterfaceType*>(maybeSubType)->interfaces;
    return std::find(ifaces.begin(), ifaces.end(), abstractType) != ifaces.end();
  }
  return false;
}

void Schema::resolveReferences(std::vector<std::string>& problems) {
  auto resolve = [&](std::string_view where, const std::string& ref) -> const Type* {
    const Type* t = resolveTypeRef(ref);
    if (t == nullptr) problems.push_back(std::string(where) + ": unknown type \"" + ref + "\"");
    return t;
  };
  auto resolveArgs = [&](const std::string& where, std::vector<InputValue>& args) {
    for (auto& a : args) a.type = resolve(where + "(" + a.name + ":)", a.typeRef);
  };
  for (auto& owned : owned_) {
    NamedType* t = owned.get();
    if (t->kind == TypeKind::Object || t->kind == TypeKind::Interface) {
      auto* ft = static_cast<FieldsType*>(t);
      for (auto& f : ft->fields) {
        f.type = resolve(t->name + "." + f.name, f.typeRef);
        resolveArgs(t->name + "." + f.name, f.args);
      }
      ft->interfaces.clear();
      for (const auto& name : ft->interfaceNames) {
        const NamedType* i = getType(name);
        if (i == nullptr || i->kind != TypeKind::Interface) {
          problems.push_back("Type " + t->name +
                             " must only implement Interface types, it cannot implement " + name +
                             ".");
        } else {
          ft->interfaces.push_back(static_cast<const InterfaceType*>(i));
        }
      }
    } else if (t->kind == TypeKind::Union) {
      auto* u = static_cast<UnionType*>(t);
      u->types.clear();
      for (const auto& name : u->memberNames) {
        const NamedType* m = getType(name);
        if (m == nullptr || m->kind != TypeKind::Object) {
          problems.push_back("Union type " + u->name +
                             " can only include Object types, it cannot include " + name + ".");
        } else {
          u->types.push_back(static_cast<const ObjectType*>(m));
        }
      }
    } else if (t->kind == TypeKind::InputObject) {
      for (auto& f : static_cast<InputObjectType*>(t)->fields) {
        f.type = resolve(t->name + "." + f.name, f.typeRef);
      }
    }
  }
  for (auto& d : directives_) resolveArgs("@" + d.name, d.args);
  for (FieldDefinition* meta :
       {schemaMetaOwned_.get(), typeMetaOwned_.get(), typenameMetaOwned_.get()}) {
    meta->type = resolve(meta->name, meta->typeRef);
    resolveArgs(meta->name, meta->args);
  }
}

namespace {

// graphql-js collectReferencedTypes: depth-first, each named type once.
// `force` visits `type` even when already seen (graphql-js deletes and re-adds each
// configured type, so configured types land in configuration order).
void collectReferencedTypes(const NamedType* type, std::vector<const NamedType*>& order,
                            std::unordered_set<const NamedType*>& seen, bool force = false) {
  std::vector<const NamedType*> stack{type};
  // Explicit stack, children pushed in reverse: the visiting order equals the recursive one.
  while (!stack.empty()) {
    const NamedType* t = stack.back();
    stack.pop_back();
    if (t == nullptr) continue;
    const bool inserted = seen.insert(t).second;
    if (!inserted && !force) continue;
    force = false;  // only the starting type may be revisited
    order.push_back(t);
    std::vector<const NamedType*> children;
    if (t->kind == TypeKind::Union) {
      for (const auto* m : static_cast<const UnionType*>(t)->types) children.push_back(m);
    } else if (t->kind == TypeKind::Object || t->kind == TypeKind::Interface) {
      const auto* ft = static_cast<const FieldsType*>(t);
      for (const auto* i : ft->interfaces) children.push_back(i);
      for (const auto& f : ft->fields) {
        children.push_back(getNamedType(f.type));
        for (const auto& a : f.args) children.push_back(getNamedType(a.type));
      }
    } else if (t->kind == TypeKind::InputObject) {
      for (const auto& f : static_cast<const InputObjectType*>(t)->fields) {
        children.push_back(getNamedType(f.type));
      }
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
}

}  // namespace

void Schema::finalize() {
  if (finalized_) return;
  std::vector<std::string> problems;
  // Built-ins (not user-overridable), then the introspection types.
  for (auto make :
       {makeIntScalar, makeFloatScalar, makeStringScalar, makeBooleanScalar, makeIdScalar}) {
    owned_.push_back(make());
  }
  const std::size_t userTypeCount = owned_.size() - 5;
  addIntrospectionTypes(*this);
  for (auto& t : owned_) {
    if (!typeMap_.emplace(t->name, t.get()).second) {
      problems.push_back(
          "Schema must contain uniquely named types but contains multiple types named \"" +
          t->name + "\".");
    }
  }
  for (auto& d : specifiedDirectives()) {
    const bool overridden = std::any_of(directives_.begin(), directives_.end(),
                                        [&](const auto& u) { return u.name == d.name; });
    if (!overridden) directives_.push_back(std::move(d));
  }
  for (const auto& d : directives_) directiveList_.push_back(&d);
  attachIntrospectionResolvers(*this);

  resolveReferences(problems);

  auto root = [&](const std::string& name, const char* what) -> const ObjectType* {
    if (name.empty()) return nullptr;
    const NamedType* t = getType(name);
    if (t == nullptr || t->kind != TypeKind::Object) {
      problems.push_back(
          std::string(what) + " root type must be Object type" +
          (t == nullptr ? ", \"" + name + "\" is not defined." : ", it cannot be " + name + "."));
      return nullptr;
    }
    return static_cast<const ObjectType*>(t);
  };
  query_ = root(queryName_, "Query");
  if (query_ == nullptr && queryName_.empty())
    problems.push_back("Query root type must be provided.");
  mutation_ = root(mutationName_, "Mutation");
  subscription_ = root(subscriptionName_, "Subscription");

  // Type order like graphql-js's GraphQLSchema constructor.
  std::unordered_set<const NamedType*> seen;
  std::vector<const NamedType*> order;
  for (std::size_t i = 0; i < userTypeCount; ++i) seen.insert(owned_[i].get());
  for (std::size_t i = 0; i < userTypeCount; ++i) {
    collectReferencedTypes(owned_[i].get(), order, seen, true);
  }
  for (const ObjectType* r : {query_, mutation_, subscription_})
    collectReferencedTypes(r, order, seen);
  for (const auto* d : directiveList_) {
    for (const auto& a : d->args) collectReferencedTypes(getNamedType(a.type), order, seen);
  }
  collectReferencedTypes(getType("__Schema"), order, seen);
  typeList_ = std::move(order);
  // Built-in scalars nobody references are not part of the schema (as in graphql-js).
  typeMap_.clear();
  for (const auto* t : typeList_) typeMap_.emplace(t->name, const_cast<NamedType*>(t));

  for (const auto* t : typeList_) {
    if (t->kind == TypeKind::Union) {
      possible_[t] = static_cast<const UnionType*>(t)->types;
    } else if (t->kind == TypeKind::Object || t->kind == TypeKind::Interface) {
      for (const auto* i : static_cast<const FieldsType*>(t)->interfaces) {
        if (t->kind == TypeKind::Object) possible_[i].push_back(static_cast<const ObjectType*>(t));
      }
    }
  }
  validate(problems);
  if (!problems.empty()) throw SchemaError(std::move(problems));
  finalized_ = true;
}

}  // namespace kvm48::graphql
