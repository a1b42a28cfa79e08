// VariablesInAllowedPosition (spec 5.8.5): a variable's type fits every place it is used.
#include <unordered_map>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

// A nullable variable may feed a non-null location only when the variable or the
// location has a (non-null) default.
bool allowedUsage(const Schema& schema, const Type* varType, const ast::ValuePtr& varDefault,
                  const Type* locationType, const Json* locationDefault) {
  if (isNonNullType(locationType) && !isNonNullType(varType)) {
    const bool varHasDefault = varDefault && varDefault->kind != ast::Kind::NullValue;
    if (!varHasDefault && !locationDefault) return false;
    return isTypeSubTypeOf(schema, varType, getNullableType(locationType));
  }
  return isTypeSubTypeOf(schema, varType, locationType);
}

class VariablesInAllowedPosition : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::OperationDefinition) {
      definitions_.clear();
    } else if (node.kind == ast::Kind::VariableDefinition) {
      const auto& def = static_cast<const ast::VariableDefinition&>(node);
      definitions_[def.variable.name.value] = &def;
    }
    return true;
  }
  void leave(const ast::Node& node) override {
    if (node.kind != ast::Kind::OperationDefinition) return;
    const auto& op = static_cast<const ast::OperationDefinition&>(node);
    for (const VariableUsage& usage : context_.recursiveVariableUsages(op)) {
      auto it = definitions_.find(usage.node->name.value);
      if (it == definitions_.end() || !usage.type) continue;
      const ast::VariableDefinition& def = *it->second;
      const Type* varType = context_.astTypes().type(*def.type);
      const std::string name(usage.node->name.value);
      if (varType && !allowedUsage(context_.schema(), varType, def.defaultValue, usage.type,
                                   usage.defaultValue)) {
        context_.report("Variable \"$" + name + "\" of type \"" + typeToString(varType) +
                            "\" used in position expecting type \"" + typeToString(usage.type) +
                            "\".",
                        {&def, usage.node});
      }
      const Type* parent = usage.parentType;
      if (parent && parent->kind == TypeKind::InputObject &&
          static_cast<const InputObjectType*>(parent)->isOneOf && !isNonNullType(varType)) {
        context_.report("Variable \"$" + name + "\" is of type \"" + typeToString(varType) +
                            "\" but must be non-nullable to be used for OneOf Input Object \"" +
                            static_cast<const InputObjectType*>(parent)->name + "\".",
                        {&def, usage.node});
      }
    }
  }

 private:
  std::unordered_map<std::string_view, const ast::VariableDefinition*> definitions_;
};

}  // namespace

std::unique_ptr<Rule> variablesInAllowedPosition(ValidationContext& c) {
  return std::make_unique<VariablesInAllowedPosition>(c);
}

}  // namespace kvm48::graphql::rules
