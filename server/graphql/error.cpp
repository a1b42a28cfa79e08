#include "error.hpp"

namespace kvm48::graphql {

Json GraphQLError::toJson() const {
  Json out = Json::object();
  out["message"] = message;
  if (!locations.empty()) {
    Json locs = Json::array();
    for (const auto& l : locations) locs.push_back(Json{{"line", l.line}, {"column", l.column}});
    out["locations"] = std::move(locs);
  }
  if (!path.empty()) {
    Json p = Json::array();
    for (const auto& seg : path) {
      if (const auto* key = std::get_if<std::string>(&seg)) {
        p.push_back(*key);
      } else {
        p.push_back(std::get<std::int64_t>(seg));
      }
    }
    out["path"] = std::move(p);
  }
  if (!extensions.is_null()) out["extensions"] = extensions;
  return out;
}

GraphQLError makeError(std::string message, const ast::Document& document,
                       std::initializer_list<const ast::Node*> nodes) {
  GraphQLError error{std::move(message), {}, {}, {}};
  for (const ast::Node* node : nodes) {
    if (node != nullptr) error.locations.push_back(document.locate(node->loc.start));
  }
  return error;
}

GraphQLError makeError(std::string message, std::vector<SourceLocation> locations) {
  return GraphQLError{std::move(message), std::move(locations), {}, {}};
}

std::vector<PathSegment> toPathSegments(const std::vector<PathEntry>& path) {
  std::vector<PathSegment> segments;
  segments.reserve(path.size());
  for (const PathEntry& entry : path) {
    if (entry.key.empty()) {
      segments.emplace_back(entry.index);
    } else {
      segments.emplace_back(std::string(entry.key));
    }
  }
  return segments;
}

Json errorsToJson(const std::vector<GraphQLError>& errors) {
  Json out = Json::array();
  for (const auto& e : errors) out.push_back(e.toJson());
  return out;
}

}  // namespace kvm48::graphql
