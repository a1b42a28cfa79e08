#include "validate.hpp"

#include <memory>

#include "rules/rules.hpp"
#include "validation_context.hpp"
#include "walker.hpp"

namespace kvm48::graphql {
namespace {

// Runs every rule over each node (graphql-js visitInParallel): a rule whose enter()
// returned false sees nothing more until the walk leaves that node.
class ParallelVisitor : public AstVisitor {
 public:
  ParallelVisitor(ValidationContext& context, std::vector<std::unique_ptr<Rule>> rules)
      : context_(context), rules_(std::move(rules)), skipping_(rules_.size(), nullptr) {}

  bool enter(const ast::Node& node, const std::vector<const ast::Node*>& ancestors) override {
    context_.ancestors = &ancestors;
    for (std::size_t i = 0; i < rules_.size(); ++i) {
      if (!skipping_[i] && !rules_[i]->enter(node)) skipping_[i] = &node;
    }
    return true;
  }

  void leave(const ast::Node& node, const std::vector<const ast::Node*>& ancestors) override {
    context_.ancestors = &ancestors;
    for (std::size_t i = 0; i < rules_.size(); ++i) {
      if (!skipping_[i]) {
        rules_[i]->leave(node);
      } else if (skipping_[i] == &node) {
        skipping_[i] = nullptr;
      }
    }
  }

 private:
  ValidationContext& context_;
  std::vector<std::unique_ptr<Rule>> rules_;
  std::vector<const ast::Node*> skipping_;  // the node whose subtree a rule skips
};

}  // namespace

std::vector<GraphQLError> validate(const Schema& schema, const ast::Document& document,
                                   const ValidationOptions& options) {
  return validate(schema, document, rules::specifiedRules(), options);
}

std::vector<GraphQLError> validate(const Schema& schema, const ast::Document& document,
                                   const std::vector<RuleFactory>& factories,
                                   const ValidationOptions& options) {
  ValidationContext context(schema, document, options.maxErrors);
  try {
    std::vector<std::unique_ptr<Rule>> rules;
    for (auto factory : factories) rules.push_back(factory(context));
    ParallelVisitor visitor(context, std::move(rules));
    walk(document, context.typeInfo(), visitor);
  } catch (const ValidationAborted&) {
    // the context has recorded why
  }
  return context.takeErrors();
}

}  // namespace kvm48::graphql
