// Schema: owns every type and directive, and answers the lookups that validation,
// execution and introspection need.
//
// Life cycle: construct, add types (addObject/addEnum/...; type references are SDL
// strings such as "[PerfVOD]" resolved later), set the root types, then finalize(),
// which resolves references, adds the built-in scalars, directives and introspection
// types, and validates the schema (throws SchemaError listing every problem). After
// finalize() the schema is immutable and may be shared by any number of threads.
#pragma once

#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "definition.hpp"
#include "resolve_info.hpp"

namespace kvm48::graphql {

struct SchemaError : std::runtime_error {
  explicit SchemaError(std::vector<std::string> problems);
  std::vector<std::string> problems;
};

class Schema {
 public:
  Schema();
  ~Schema();
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;

  // ---- building (before finalize) ----
  ObjectType& addObject(std::string name, std::string description = {});
  InterfaceType& addInterface(std::string name, std::string description = {});
  UnionType& addUnion(std::string name, std::string description = {});
  EnumType& addEnum(std::string name, std::string description = {});
  InputObjectType& addInputObject(std::string name, std::string description = {});
  // A custom scalar; unset coercion functions default to identity on JSON values.
  ScalarType& addScalar(std::string name, std::string description = {});
  DirectiveDefinition& addDirective(DirectiveDefinition directive);
  void setQueryType(std::string name) { queryName_ = std::move(name); }
  void setMutationType(std::string name) { mutationName_ = std::move(name); }
  void setSubscriptionType(std::string name) { subscriptionName_ = std::move(name); }
  std::string description;

  void finalize();  // throws SchemaError
  bool finalized() const { return finalized_; }

  // ---- lookups (after finalize) ----
  const ObjectType* queryType() const { return query_; }
  const ObjectType* mutationType() const { return mutation_; }
  const ObjectType* subscriptionType() const { return subscription_; }
  const NamedType* getType(std::string_view name) const;
  // Every named type, user types first in the order added, then built-ins.
  const std::vector<const NamedType*>& types() const { return typeList_; }
  const std::vector<const DirectiveDefinition*>& directives() const { return directiveList_; }
  const DirectiveDefinition* getDirective(std::string_view name) const;
  // Objects implementing an interface, or a union's members.
  const std::vector<const ObjectType*>& possibleTypes(const NamedType* abstractType) const;
  bool isPossibleType(const NamedType* abstractType, const ObjectType* objectType) const;
  bool isSubType(const NamedType* abstractType, const NamedType* maybeSubType) const;

  // Wrapping types, interned (stable pointers for the schema's lifetime). These mutate
  // the schema: call them while building only (finalize() does), never concurrently.
  const Type* listOf(const Type* of);
  const Type* nonNullOf(const Type* of);
  // Resolves an SDL type reference ("[Int!]"); null if malformed or unknown. Building
  // only, like listOf().
  const Type* resolveTypeRef(std::string_view typeRef);

  // Introspection meta-fields (introspection/): their definitions and the
  // __Schema/__Type/... types live in this schema.
  const FieldDefinition* schemaMetaField() const { return schemaMeta_; }
  const FieldDefinition* typeMetaField() const { return typeMeta_; }
  const FieldDefinition* typenameMetaField() const { return typenameMeta_; }

 private:
  template <class T>
  T& add(std::unique_ptr<T> type);
  void resolveReferences(std::vector<std::string>& problems);
  void validate(std::vector<std::string>& problems) const;

  bool finalized_ = false;
  std::string queryName_ = "Query", mutationName_, subscriptionName_;
  const ObjectType* query_ = nullptr;
  const ObjectType* mutation_ = nullptr;
  const ObjectType* subscription_ = nullptr;
  std::vector<std::unique_ptr<NamedType>> owned_;
  std::vector<const NamedType*> typeList_;
  std::unordered_map<std::string_view, NamedType*> typeMap_;
  std::deque<DirectiveDefinition> directives_;
  std::vector<const DirectiveDefinition*> directiveList_;
  std::deque<std::unique_ptr<Type>> wrappers_;
  std::unordered_map<const Type*, const Type*> listOf_, nonNullOf_;
  std::unordered_map<const NamedType*, std::vector<const ObjectType*>> possible_;
  std::unique_ptr<FieldDefinition> schemaMetaOwned_, typeMetaOwned_, typenameMetaOwned_;
  const FieldDefinition* schemaMeta_ = nullptr;
  const FieldDefinition* typeMeta_ = nullptr;
  const FieldDefinition* typenameMeta_ = nullptr;

  friend void addIntrospectionTypes(Schema&);
};

// SDL of the user-defined part of the schema (graphql-js printSchema format).
std::string printSchema(const Schema& schema);

}  // namespace kvm48::graphql
