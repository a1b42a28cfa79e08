// ProvidedRequiredArguments (spec 5.4.2.1): non-null arguments without a default are
// given, on fields and on directives.
#include <algorithm>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

bool provided(const std::vector<ast::Argument>& args, std::string_view name) {
  return std::any_of(args.begin(), args.end(),
                     [&](const ast::Argument& a) { return a.name.value == name; });
}

class ProvidedRequiredArguments : public Rule {
 public:
  using Rule::Rule;
  void leave(const ast::Node& node) override {
    if (node.kind == ast::Kind::Field) {
      const FieldDefinition* def = context_.typeInfo().fieldDef();
      if (!def) return;
      const auto& field = static_cast<const ast::Field&>(node);
      for (const InputValue& arg : def->args) {
        if (provided(field.arguments, arg.name) || !isRequiredArgument(arg)) continue;
        context_.report("Field \"" + def->name + "\" argument \"" + arg.name + "\" of type \"" +
                            typeToString(arg.type) + "\" is required, but it was not provided.",
                        {&node});
      }
    } else if (node.kind == ast::Kind::Directive) {
      const auto& directive = static_cast<const ast::Directive&>(node);
      const DirectiveDefinition* def = context_.schema().getDirective(directive.name.value);
      if (!def) return;
      for (const InputValue& arg : def->args) {
        if (provided(directive.arguments, arg.name) || !isRequiredArgument(arg)) continue;
        context_.report("Directive \"@" + def->name + "\" argument \"" + arg.name +
                            "\" of type \"" + typeToString(arg.type) +
                            "\" is required, but it was not provided.",
                        {&node});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> providedRequiredArguments(ValidationContext& c) {
  return std::make_unique<ProvidedRequiredArguments>(c);
}

}  // namespace kvm48::graphql::rules
