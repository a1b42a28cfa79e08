#include "config/map_reader.hpp"

#include <algorithm>
#include <limits>
#include <utility>

#include "config/scalar.hpp"
#include "config/suggest.hpp"
#include "config/yaml_mark.hpp"

namespace kvm48::host {

MapReader::MapReader(YAML::Node node, std::string path, const std::string& file,
                     const EnvLookup& env, ConfigIssues& issues)
    : node_(std::move(node)), path_(std::move(path)), file_(file), env_(env), issues_(issues) {
  if (node_.IsDefined() && !node_.IsNull() && !node_.IsMap()) {
    report(node_, path_, "expected a map, found " + describe_node(node_));
    valid_ = false;
  }
}

std::string MapReader::join(const std::string& key) const {
  return path_.empty() ? key : path_ + "." + key;
}

void MapReader::report(const YAML::Node& at, const std::string& key, std::string message) {
  issues_.push_back(issue_at(file_, at, key, std::move(message)));
}

YAML::Node MapReader::peek(const std::string& key) const {
  // Indexing a missing key gives an "invalid" yaml-cpp node that throws on
  // further use; hand out a plain undefined node instead.
  if (!valid_ || !node_.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  const YAML::Node value = std::as_const(node_)[key];
  return value.IsDefined() ? value : YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node MapReader::child(const std::string& key) {
  known_.push_back(key);
  return peek(key);
}

std::optional<std::string> MapReader::scalar(const std::string& key, const char* expected) {
  const YAML::Node value = child(key);
  if (!value) return std::nullopt;
  if (!value.IsScalar()) {
    report(value, join(key),
           std::string("expected ") + expected + ", found " + describe_node(value));
    return std::nullopt;
  }
  auto expanded = expand_env(value.Scalar(), env_);
  if (expanded.index() == 1) {
    report(value, join(key), std::get<1>(expanded));
    return std::nullopt;
  }
  return std::get<0>(expanded);
}

void MapReader::read(const std::string& key, std::string& out) {
  if (auto text = scalar(key, "a string")) out = *text;
}

void MapReader::read(const std::string& key, std::int64_t& out) {
  if (auto text = scalar(key, "an integer")) {
    if (auto value = parse_integer(*text)) {
      out = *value;
    } else {
      report(peek(key), join(key), "expected an integer, found '" + *text + "'");
    }
  }
}

void MapReader::read(const std::string& key, int& out) {
  std::int64_t wide = out;
  read(key, wide);
  if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
    report(peek(key), join(key), "expected a 32-bit integer, found " + std::to_string(wide));
    return;
  }
  out = static_cast<int>(wide);
}

void MapReader::read(const std::string& key, bool& out) {
  if (auto text = scalar(key, "a boolean")) {
    if (auto value = parse_boolean(*text)) {
      out = *value;
    } else {
      report(peek(key), join(key), "expected a boolean (true or false), found '" + *text + "'");
    }
  }
}

void MapReader::read(const std::string& key, double& out) {
  if (auto text = scalar(key, "a number")) {
    if (auto value = parse_number(*text)) {
      out = *value;
    } else {
      report(peek(key), join(key), "expected a number, found '" + *text + "'");
    }
  }
}

void MapReader::read(const std::string& key, std::vector<std::string>& out) {
  const YAML::Node list = child(key);
  if (!list) return;
  if (!list.IsSequence()) {
    report(list, join(key), "expected a list, found " + describe_node(list));
    return;
  }
  std::vector<std::string> items;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = join(key) + "[" + std::to_string(i) + "]";
    if (!list[i].IsScalar()) {
      report(list[i], where, "expected a string, found " + describe_node(list[i]));
      continue;
    }
    auto expanded = expand_env(list[i].Scalar(), env_);
    if (expanded.index() == 1) {
      report(list[i], where, std::get<1>(expanded));
      continue;
    }
    items.push_back(std::get<0>(expanded));
  }
  out = std::move(items);
}

void MapReader::finish() {
  if (!valid_ || !node_.IsMap()) return;
  for (const auto& entry : node_) {
    const std::string key = entry.first.Scalar();
    if (std::find(known_.begin(), known_.end(), key) == known_.end()) {
      report(entry.first, join(key), "unknown key" + did_you_mean(key, known_));
    }
  }
}

}  // namespace kvm48::host
