#include "resolve_info.hpp"

namespace kvm48::graphql {

const Json& ResolveInfo::arg(std::string_view name) const {
  static const Json kNull;
  const auto it = args.find(name);
  return it == args.end() ? kNull : *it;
}

bool ResolveInfo::hasArg(std::string_view name) const {
  return args.contains(name);
}

}  // namespace kvm48::graphql
