// TypeInfo: tracks, during a walk over a document, the schema types that apply at the
// current node (graphql-js utilities/TypeInfo.ts). The walker calls enter()/leave()
// around every node; validation rules read the current types through the context.
//
// Every pointer returned may be null ("unknown here"): an unknown field, a fragment on a
// type that does not exist, an argument the field does not define...
// Not thread-safe; one TypeInfo per walk.
#pragma once

#include <optional>
#include <vector>

#include "../language/ast.hpp"
#include "../type/definition.hpp"
#include "ast_types.hpp"

namespace kvm48::graphql {

class TypeInfo {
 public:
  TypeInfo(const Schema& schema, AstTypes& astTypes) : schema_(schema), astTypes_(astTypes) {}

  void enter(const ast::Node& node);
  void leave(const ast::Node& node);

  const Type* type() const { return top(typeStack_); }
  const NamedType* parentType() const { return top(parentTypeStack_); }
  const Type* inputType() const { return top(inputTypeStack_); }
  const Type* parentInputType() const {
    return inputTypeStack_.size() < 2 ? nullptr : inputTypeStack_[inputTypeStack_.size() - 2];
  }
  const FieldDefinition* fieldDef() const { return top(fieldDefStack_); }
  // The default value of the current argument / input field; null = none ("undefined").
  const Json* defaultValue() const { return top(defaultValueStack_); }
  const DirectiveDefinition* directive() const { return directive_; }
  const InputValue* argument() const { return argument_; }
  const EnumValueDefinition* enumValue() const { return enumValue_; }

 private:
  template <class T>
  static T top(const std::vector<T>& stack) {
    return stack.empty() ? nullptr : stack.back();
  }
  void enterField(const ast::Field& node);
  void enterArgument(const ast::Argument& node);
  void enterObjectField(const ast::ObjectField& node);
  void pushInput(const Type* type, const Json* defaultValue);

  const Schema& schema_;
  AstTypes& astTypes_;
  std::vector<const Type*> typeStack_;
  std::vector<const NamedType*> parentTypeStack_;
  std::vector<const Type*> inputTypeStack_;
  std::vector<const FieldDefinition*> fieldDefStack_;
  std::vector<const Json*> defaultValueStack_;
  const DirectiveDefinition* directive_ = nullptr;
  const InputValue* argument_ = nullptr;
  const EnumValueDefinition* enumValue_ = nullptr;
};

// The definition of `fieldName` on `parentType`, including the meta-fields __typename
// (any composite type) and __schema/__type (query root only); null if none.
const FieldDefinition* findFieldDef(const Schema& schema, const NamedType* parentType,
                                    std::string_view fieldName);

}  // namespace kvm48::graphql
