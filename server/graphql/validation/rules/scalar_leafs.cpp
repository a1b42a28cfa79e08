// ScalarLeafs (spec 5.3.3): leaf fields have no selection set, composite ones need one.
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class ScalarLeafs : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::Field) return true;
    const Type* type = context_.typeInfo().type();
    if (!type) return true;
    const auto& field = static_cast<const ast::Field&>(node);
    const std::string name(field.name.value);
    const std::string typeStr = typeToString(type);
    if (isLeafType(getNamedType(type))) {
      if (field.selectionSet) {
        context_.report("Field \"" + name + "\" must not have a selection since type \"" + typeStr +
                            "\" has no subfields.",
                        {field.selectionSet.get()});
      }
    } else if (!field.selectionSet) {
      context_.report("Field \"" + name + "\" of type \"" + typeStr +
                          "\" must have a selection of subfields. Did you mean \"" + name +
                          " { ... }\"?",
                      {&node});
    } else if (field.selectionSet->selections.empty()) {
      context_.report("Field \"" + name + "\" of type \"" + typeStr +
                          "\" must have at least one field selected.",
                      {&node});
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<Rule> scalarLeafs(ValidationContext& c) {
  return std::make_unique<ScalarLeafs>(c);
}

}  // namespace kvm48::graphql::rules
