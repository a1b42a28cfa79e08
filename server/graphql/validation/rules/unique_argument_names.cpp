// UniqueArgumentNames (spec 5.4.2): a field or directive names each argument once.
#include <algorithm>

#include "rules.hpp"

namespace kvm48::graphql::rules {
namespace {

class UniqueArgumentNames : public Rule {
 public:
  using Rule::Rule;
  bool enter(const ast::Node& node) override {
    if (node.kind == ast::Kind::Field) {
      check(static_cast<const ast::Field&>(node).arguments);
    } else if (node.kind == ast::Kind::Directive) {
      check(static_cast<const ast::Directive&>(node).arguments);
    }
    return true;
  }

 private:
  void check(const std::vector<ast::Argument>& args) {
    std::vector<std::pair<std::string_view, std::vector<SourceLocation>>> groups;
    for (const ast::Argument& arg : args) {
      auto it = std::find_if(groups.begin(), groups.end(),
                             [&](const auto& g) { return g.first == arg.name.value; });
      if (it == groups.end()) it = groups.insert(groups.end(), {arg.name.value, {}});
      it->second.push_back(context_.locate(arg.name));
    }
    for (auto& [name, locations] : groups) {
      if (locations.size() > 1) {
        context_.report("There can be only one argument named \"" + std::string(name) + "\".",
                        std::move(locations));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> uniqueArgumentNames(ValidationContext& c) {
  return std::make_unique<UniqueArgumentNames>(c);
}

}  // namespace kvm48::graphql::rules
