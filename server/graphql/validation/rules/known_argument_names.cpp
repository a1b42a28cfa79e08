// KnownArgumentNames (spec 5.4.1): arguments of fields and directives are defined.
#include "../messages.hpp"
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

std::vector<std::string> argNames(const std::vector<InputValue>& args) {
  std::vector<std::string> names;
  for (const InputValue& arg : args) names.push_back(arg.name);
  return names;
}

class KnownArgumentNames : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::Directive) {
      checkDirective(static_cast<const ast::Directive&>(node));
      return false;  // directive arguments are done; the Argument case is for fields
    }
    if (node.kind != ast::Kind::Argument) return true;
    const TypeInfo& info = context_.typeInfo();
    const FieldDefinition* fieldDef = info.fieldDef();
    if (info.argument() || !fieldDef || !info.parentType()) return true;
    const std::string_view name = static_cast<const ast::Argument&>(node).name.value;
    context_.report("Unknown argument \"" + std::string(name) + "\" on field \"" +
                        info.parentType()->name + "." + fieldDef->name + "\"." +
                        didYouMean(suggestionList(name, argNames(fieldDef->args))),
                    {&node});
    return true;
  }

 private:
  void checkDirective(const ast::Directive& directive) {
    const DirectiveDefinition* def = context_.schema().getDirective(directive.name.value);
    if (!def) return;
    for (const ast::Argument& arg : directive.arguments) {
      if (def->findArg(arg.name.value)) continue;
      context_.report("Unknown argument \"" + std::string(arg.name.value) + "\" on directive \"@" +
                          def->name + "\"." +
                          didYouMean(suggestionList(arg.name.value, argNames(def->args))),
                      {&arg});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> knownArgumentNames(ValidationContext& c) {
  return std::make_unique<KnownArgumentNames>(c);
}

}  // namespace kvm48::graphql::rules
