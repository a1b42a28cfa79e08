#include "metrics/names.hpp"

#include <algorithm>
#include <stdexcept>

namespace kvm48::metrics {
namespace {

bool is_letter_or_underscore(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

bool is_valid_metric_name(std::string_view name) noexcept {
  if (name.empty() || is_digit(name.front())) return false;
  return std::ranges::all_of(
      name, [](char c) { return is_letter_or_underscore(c) || is_digit(c) || c == ':'; });
}

bool is_valid_label_name(std::string_view name) noexcept {
  if (name.empty() || is_digit(name.front()) || name.starts_with("__")) return false;
  return std::ranges::all_of(name,
                             [](char c) { return is_letter_or_underscore(c) || is_digit(c); });
}

void check_names(std::string_view metric, const std::vector<std::string>& label_names,
                 bool is_histogram) {
  if (!is_valid_metric_name(metric)) {
    throw std::invalid_argument("metric name '" + std::string(metric) +
                                "' is not [a-zA-Z_:][a-zA-Z0-9_:]*");
  }
  for (std::size_t i = 0; i < label_names.size(); ++i) {
    const auto& label = label_names[i];
    std::string where = "metric '" + std::string(metric) + "': label name '" + label + "' ";
    if (!is_valid_label_name(label)) {
      throw std::invalid_argument(where + "is not [a-zA-Z_][a-zA-Z0-9_]* or starts with '__'");
    }
    if (is_histogram && label == "le")
      throw std::invalid_argument(where + "is reserved in histograms");
    if (std::find(label_names.begin(), label_names.begin() + static_cast<std::ptrdiff_t>(i),
                  label) != label_names.begin() + static_cast<std::ptrdiff_t>(i)) {
      throw std::invalid_argument(where + "appears twice");
    }
  }
}

}  // namespace kvm48::metrics
