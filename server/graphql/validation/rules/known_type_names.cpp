// KnownTypeNames (spec 5.4.1.2 / 5.8.2): every named type reference exists in the schema.
#include "../messages.hpp"
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class KnownTypeNames : public Rule {
 public:
  explicit KnownTypeNames(ValidationContext& c) : Rule(c) {
    for (const NamedType* type : c.schema().types()) typeNames_.push_back(type->name);
  }
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::NamedType) return true;
    const auto& named = static_cast<const ast::NamedType&>(node);
    if (!context_.schema().getType(named.name.value)) {
      context_.report("Unknown type \"" + std::string(named.name.value) + "\"." +
                          didYouMean(suggestionList(named.name.value, typeNames_)),
                      {&node});
    }
    return true;
  }

 private:
  std::vector<std::string> typeNames_;
};

}  // namespace

std::unique_ptr<Rule> knownTypeNames(ValidationContext& c) {
  return std::make_unique<KnownTypeNames>(c);
}

}  // namespace kvm48::graphql::rules
