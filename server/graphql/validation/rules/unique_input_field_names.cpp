// UniqueInputFieldNames (spec 5.6.3): an input object literal names each field once.
#include <unordered_map>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class UniqueInputFieldNames : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind != ast::Kind::ObjectValue) return true;
    const auto& object = static_cast<const ast::ObjectValue&>(node);
    std::unordered_map<std::string_view, const ast::Name*> known;
    for (const ast::ObjectField& field : object.fields) {
      auto [it, inserted] = known.try_emplace(field.name.value, &field.name);
      if (!inserted) {
        context_.report(
            "There can be only one input field named \"" + std::string(field.name.value) + "\".",
            std::vector{context_.locate(*it->second), context_.locate(field.name)});
      }
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<Rule> uniqueInputFieldNames(ValidationContext& c) {
  return std::make_unique<UniqueInputFieldNames>(c);
}

}  // namespace kvm48::graphql::rules
