#pragma once
// What a registry looks like at one instant: plain data, the serializer's only input.

#include <string>
#include <utility>
#include <vector>

namespace kvm48::metrics {

enum class MetricType { counter, gauge, histogram };

/// Label name/value pairs in the order the family declared the names.
using Labels = std::vector<std::pair<std::string, std::string>>;

struct Sample {
  std::string name;  ///< the family name, or with _bucket / _sum / _count for histograms
  Labels labels;     ///< includes "le" for histogram buckets
  double value = 0.0;
};

struct FamilySnapshot {
  std::string name;
  std::string help;
  MetricType type = MetricType::counter;
  std::vector<Sample> samples;
};

}  // namespace kvm48::metrics
