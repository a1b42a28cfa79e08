#include "config/config_issue.hpp"

namespace kvm48::host {
namespace {

std::string join(const ConfigIssues& issues) {
  std::string text;
  for (const auto& issue : issues) {
    if (!text.empty()) text += '\n';
    text += issue.to_string();
  }
  return text;
}

}  // namespace

std::string ConfigIssue::to_string() const {
  std::string text = file;
  if (line > 0) {
    text += ':' + std::to_string(line);
    if (column > 0) text += ':' + std::to_string(column);
  }
  text += ": ";
  if (!key.empty()) text += key + ": ";
  return text + message;
}

ConfigError::ConfigError(ConfigIssues issues)
    : std::runtime_error(join(issues)), issues_(std::move(issues)) {}

}  // namespace kvm48::host
