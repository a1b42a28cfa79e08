// enum Group: the original's five values (numbered by live.48.cn club id there) plus CGT48.

#include "api/schema_parts.hpp"
#include "kvm48/records.hpp"

namespace kvm48::api {

void add_group_enum(graphql::Schema& schema) {
  auto& group = schema.addEnum("Group");
  for (const Group g : kAllGroups) {
    const auto name = to_string(g);
    std::string description;
    if (g == Group::shy48 || g == Group::ckg48) description = "Crawled only with --legacy.";
    if (g == Group::cgt48) description = "live.48.cn club 6; added in revision 20261128.1.";
    group.value(std::string(name), description);
  }
}

}  // namespace kvm48::api
