#include "type_info.hpp"

#include "../type/schema.hpp"

namespace kvm48::graphql {
namespace {

const ObjectType* rootType(const Schema& schema, ast::OperationType operation) {
  switch (operation) {
    case ast::OperationType::Query: return schema.queryType();
    case ast::OperationType::Mutation: return schema.mutationType();
    case ast::OperationType::Subscription: return schema.subscriptionType();
  }
  return nullptr;
}

const Type* outputOrNull(const Type* type) {
  return isOutputType(type) ? type : nullptr;
}
const Type* inputOrNull(const Type* type) {
  return isInputType(type) ? type : nullptr;
}

}  // namespace

const FieldDefinition* findFieldDef(const Schema& schema, const NamedType* parentType,
                                    std::string_view fieldName) {
  if (!parentType) return nullptr;
  if (parentType == schema.queryType()) {
    if (fieldName == "__schema") return schema.schemaMetaField();
    if (fieldName == "__type") return schema.typeMetaField();
  }
  if (fieldName == "__typename" && isCompositeType(parentType)) {
    return schema.typenameMetaField();
  }
  if (parentType->kind == TypeKind::Object || parentType->kind == TypeKind::Interface) {
    return static_cast<const FieldsType*>(parentType)->findField(fieldName);
  }
  return nullptr;
}

void TypeInfo::enter(const ast::Node& node) {
  using ast::Kind;
  switch (node.kind) {
    case Kind::SelectionSet: {
      const NamedType* named = getNamedType(type());
      parentTypeStack_.push_back(isCompositeType(named) ? named : nullptr);
      break;
    }
    case Kind::Field: enterField(static_cast<const ast::Field&>(node)); break;
    case Kind::Directive:
      directive_ = schema_.getDirective(static_cast<const ast::Directive&>(node).name.value);
      break;
    case Kind::OperationDefinition:
      typeStack_.push_back(
          rootType(schema_, static_cast<const ast::OperationDefinition&>(node).operation));
      break;
    case Kind::InlineFragment: {
      const auto& fragment = static_cast<const ast::InlineFragment&>(node);
      const Type* t =
          fragment.typeCondition ? astTypes_.named(*fragment.typeCondition) : getNamedType(type());
      typeStack_.push_back(outputOrNull(t));
      break;
    }
    case Kind::FragmentDefinition: {
      const auto& fragment = static_cast<const ast::FragmentDefinition&>(node);
      typeStack_.push_back(outputOrNull(astTypes_.named(fragment.typeCondition)));
      break;
    }
    case Kind::VariableDefinition:
      inputTypeStack_.push_back(
          inputOrNull(astTypes_.type(*static_cast<const ast::VariableDefinition&>(node).type)));
      break;
    case Kind::Argument: enterArgument(static_cast<const ast::Argument&>(node)); break;
    case Kind::ListValue: {
      const Type* listType = getNullableType(inputType());
      const Type* itemType =
          isListType(listType) ? static_cast<const ListType*>(listType)->ofType : listType;
      pushInput(inputOrNull(itemType), nullptr);  // list positions never have a default
      break;
    }
    case Kind::ObjectField: enterObjectField(static_cast<const ast::ObjectField&>(node)); break;
    case Kind::EnumValue: {
      const NamedType* named = getNamedType(inputType());
      enumValue_ = named && named->kind == TypeKind::Enum
                       ? static_cast<const EnumType*>(named)->findValue(
                             static_cast<const ast::EnumValue&>(node).value)
                       : nullptr;
      break;
    }
    default: break;
  }
}

void TypeInfo::enterField(const ast::Field& node) {
  const FieldDefinition* def = findFieldDef(schema_, parentType(), node.name.value);
  fieldDefStack_.push_back(def);
  typeStack_.push_back(def ? outputOrNull(def->type) : nullptr);
}

void TypeInfo::enterArgument(const ast::Argument& node) {
  const std::vector<InputValue>* args = nullptr;
  if (directive_) {
    args = &directive_->args;
  } else if (const FieldDefinition* field = fieldDef()) {
    args = &field->args;
  }
  argument_ = nullptr;
  if (args) {
    for (const InputValue& arg : *args) {
      if (arg.name == node.name.value) {
        argument_ = &arg;
        break;
      }
    }
  }
  pushInput(argument_ ? inputOrNull(argument_->type) : nullptr,
            argument_ && argument_->defaultValue ? &*argument_->defaultValue : nullptr);
}

void TypeInfo::enterObjectField(const ast::ObjectField& node) {
  const NamedType* objectType = getNamedType(inputType());
  const InputValue* field = nullptr;
  if (objectType && objectType->kind == TypeKind::InputObject) {
    field = static_cast<const InputObjectType*>(objectType)->findField(node.name.value);
  }
  pushInput(field ? inputOrNull(field->type) : nullptr,
            field && field->defaultValue ? &*field->defaultValue : nullptr);
}

void TypeInfo::pushInput(const Type* type, const Json* defaultValue) {
  defaultValueStack_.push_back(defaultValue);
  inputTypeStack_.push_back(type);
}

void TypeInfo::leave(const ast::Node& node) {
  using ast::Kind;
  switch (node.kind) {
    case Kind::SelectionSet: parentTypeStack_.pop_back(); break;
    case Kind::Field:
      fieldDefStack_.pop_back();
      typeStack_.pop_back();
      break;
    case Kind::Directive: directive_ = nullptr; break;
    case Kind::OperationDefinition:
    case Kind::InlineFragment:
    case Kind::FragmentDefinition: typeStack_.pop_back(); break;
    case Kind::VariableDefinition: inputTypeStack_.pop_back(); break;
    case Kind::Argument:
      argument_ = nullptr;
      defaultValueStack_.pop_back();
      inputTypeStack_.pop_back();
      break;
    case Kind::ListValue:
    case Kind::ObjectField:
      defaultValueStack_.pop_back();
      inputTypeStack_.pop_back();
      break;
    case Kind::EnumValue: enumValue_ = nullptr; break;
    default: break;
  }
}

}  // namespace kvm48::graphql
