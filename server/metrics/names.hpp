#pragma once
// The one place where metric and label names are checked (Prometheus data model).

#include <string>
#include <string_view>
#include <vector>

namespace kvm48::metrics {

/// [a-zA-Z_:][a-zA-Z0-9_:]*
bool is_valid_metric_name(std::string_view name) noexcept;
/// [a-zA-Z_][a-zA-Z0-9_]*, and not starting with "__" (reserved for Prometheus itself).
bool is_valid_label_name(std::string_view name) noexcept;

/// Throws std::invalid_argument naming the metric and the offending name: a bad metric name,
/// a bad or duplicated label name, or a label a histogram reserves ("le").
void check_names(std::string_view metric, const std::vector<std::string>& label_names,
                 bool is_histogram);

}  // namespace kvm48::metrics
