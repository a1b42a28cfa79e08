#pragma once
// Positions in the YAML file, as the configuration's messages give them.

#include <string>

#include <yaml-cpp/yaml.h>

#include "config/config_issue.hpp"

namespace kvm48::host {

/// A 1-based line and column; {0, 0} when unknown.
struct SourceMark {
  int line = 0;
  int column = 0;
};

inline SourceMark source_mark(const YAML::Mark& mark) {
  if (mark.is_null()) return {};
  return {mark.line + 1, mark.column + 1};
}

inline SourceMark source_mark(const YAML::Node& node) {
  return source_mark(node.Mark());
}

/// An issue about `key`, at where `at` was written.
inline ConfigIssue issue_at(const std::string& file, const YAML::Node& at, std::string key,
                            std::string message) {
  const SourceMark mark = source_mark(at);
  return {file, mark.line, mark.column, std::move(key), std::move(message)};
}

}  // namespace kvm48::host
