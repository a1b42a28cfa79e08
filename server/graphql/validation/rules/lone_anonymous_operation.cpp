// LoneAnonymousOperation (spec 5.2.2.1): an anonymous operation must be alone.
#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class LoneAnonymousOperation : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::Document) {
      operationCount_ = 0;
      for (const auto& def : static_cast<const ast::Document&>(node).definitions) {
        if (def->kind == ast::Kind::OperationDefinition) ++operationCount_;
      }
    } else if (node.kind == ast::Kind::OperationDefinition) {
      if (!static_cast<const ast::OperationDefinition&>(node).name && operationCount_ > 1) {
        context_.report("This anonymous operation must be the only defined operation.", {&node});
      }
    }
    return true;
  }

 private:
  std::size_t operationCount_ = 0;
};

}  // namespace

std::unique_ptr<Rule> loneAnonymousOperation(ValidationContext& c) {
  return std::make_unique<LoneAnonymousOperation>(c);
}

}  // namespace kvm48::graphql::rules
