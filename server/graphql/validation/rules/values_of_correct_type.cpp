// ValuesOfCorrectType (spec 5.6.1, 5.6.2, 5.6.4): every literal value can be coerced to
// the type expected where it stands; input objects name only their own fields and give
// every required one.
#include <algorithm>

#include "../messages.hpp"
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class ValuesOfCorrectType : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    using ast::Kind;
    switch (node.kind) {
      case Kind::ListValue:
        if (!isListType(getNullableType(context_.typeInfo().parentInputType()))) {
          checkLeaf(static_cast<const ast::ValueNode&>(node));
          return false;
        }
        return true;
      case Kind::ObjectValue: return enterObject(static_cast<const ast::ObjectValue&>(node));
      case Kind::ObjectField: checkObjectField(static_cast<const ast::ObjectField&>(node)); break;
      case Kind::NullValue: {
        const Type* type = context_.typeInfo().inputType();
        if (isNonNullType(type)) {
          context_.report("Expected value of type \"" + typeToString(type) + "\", found null.",
                          {&node});
        }
        break;
      }
      case Kind::EnumValue:
      case Kind::IntValue:
      case Kind::FloatValue:
      case Kind::StringValue:
      case Kind::BooleanValue: checkLeaf(static_cast<const ast::ValueNode&>(node)); break;
      default: break;
    }
    return true;
  }

 private:
  bool enterObject(const ast::ObjectValue& node) {
    const NamedType* named = getNamedType(context_.typeInfo().inputType());
    if (!named || named->kind != TypeKind::InputObject) {
      checkLeaf(node);
      return false;
    }
    const auto& type = static_cast<const InputObjectType&>(*named);
    for (const InputValue& field : type.fields) {
      const bool given =
          std::any_of(node.fields.begin(), node.fields.end(),
                      [&](const ast::ObjectField& f) { return f.name.value == field.name; });
      if (!given && isRequiredArgument(field)) {
        context_.report("Field \"" + type.name + "." + field.name + "\" of required type \"" +
                            typeToString(field.type) + "\" was not provided.",
                        {&node});
      }
    }
    if (type.isOneOf) checkOneOf(type, node);
    return true;
  }

  // @oneOf input objects: exactly one field, and not a null literal.
  void checkOneOf(const InputObjectType& type, const ast::ObjectValue& node) {
    std::vector<std::string_view> keys;
    for (const ast::ObjectField& f : node.fields) {
      if (std::find(keys.begin(), keys.end(), f.name.value) == keys.end()) {
        keys.push_back(f.name.value);
      }
    }
    if (keys.size() != 1) {
      context_.report("OneOf Input Object \"" + type.name + "\" must specify exactly one key.",
                      {&node});
      return;
    }
    const ast::ObjectField& last = node.fields.back();  // graphql-js keyMap keeps the last
    if (last.value->kind == ast::Kind::NullValue) {
      context_.report("Field \"" + type.name + "." + std::string(keys[0]) + "\" must be non-null.",
                      {&node});
    }
  }

  void checkObjectField(const ast::ObjectField& node) {
    const NamedType* parent = getNamedType(context_.typeInfo().parentInputType());
    if (context_.typeInfo().inputType() || !parent || parent->kind != TypeKind::InputObject) {
      return;
    }
    std::vector<std::string> names;
    for (const InputValue& f : static_cast<const InputObjectType*>(parent)->fields) {
      names.push_back(f.name);
    }
    context_.report("Field \"" + std::string(node.name.value) + "\" is not defined by type \"" +
                        parent->name + "\"." + didYouMean(suggestionList(node.name.value, names)),
                    {&node});
  }

  // graphql-js isValidValueNode: leaf types decide through their literal parser.
  void checkLeaf(const ast::ValueNode& node) {
    const Type* locationType = context_.typeInfo().inputType();
    if (!locationType) return;
    const NamedType* type = getNamedType(locationType);
    if (!isLeafType(type)) {
      context_.report("Expected value of type \"" + typeToString(locationType) + "\", found " +
                          printValue(node) + ".",
                      {&node});
      return;
    }
    if (type->kind == TypeKind::Enum) {
      checkEnum(static_cast<const EnumType&>(*type), node);
      return;
    }
    const auto& scalar = static_cast<const ScalarType&>(*type);
    if (!scalar.parseLiteral) return;
    try {
      scalar.parseLiteral(node);
    } catch (const CoercionError& e) {
      context_.report(e.what(), {&node});
    } catch (const std::exception& e) {
      context_.report("Expected value of type \"" + typeToString(locationType) + "\", found " +
                          printValue(node) + "; " + e.what(),
                      {&node});
    }
  }

  void checkEnum(const EnumType& type, const ast::ValueNode& node) {
    const std::string printed = printValue(node);
    std::vector<std::string> names;
    for (const EnumValueDefinition& v : type.values) names.push_back(v.name);
    const std::string suggestion = didYouMean(suggestionList(printed, names), "the enum value");
    if (node.kind != ast::Kind::EnumValue) {
      context_.report("Enum \"" + type.name + "\" cannot represent non-enum value: " + printed +
                          "." + suggestion,
                      {&node});
    } else if (!type.findValue(static_cast<const ast::EnumValue&>(node).value)) {
      context_.report(
          "Value \"" + printed + "\" does not exist in \"" + type.name + "\" enum." + suggestion,
          {&node});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> valuesOfCorrectType(ValidationContext& c) {
  return std::make_unique<ValuesOfCorrectType>(c);
}

}  // namespace kvm48::graphql::rules
