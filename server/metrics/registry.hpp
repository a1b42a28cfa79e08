#pragma once
// The set of metric families the server exposes at /metrics.

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "metrics/family.hpp"

namespace kvm48::metrics {

/// Thread-safe. Families live as long as the registry; references stay valid. Registering
/// is for start-up (it takes a lock); updating metrics never touches the registry.
class Registry {
 public:
  /// Each returns the family `name`, creating it; asking again with the same type, label
  /// names (and buckets) returns the same family. Throws std::invalid_argument for a bad
  /// name or label name (names.hpp), or a name already used differently, including the
  /// _bucket/_sum/_count names a histogram writes.
  Family<Counter>& counter(const std::string& name, const std::string& help,
                           std::vector<std::string> label_names = {});
  Family<Gauge>& gauge(const std::string& name, const std::string& help,
                       std::vector<std::string> label_names = {});
  Family<Histogram>& histogram(const std::string& name, const std::string& help,
                               BucketBounds buckets, std::vector<std::string> label_names = {});

  /// Every family, in registration order, children in label-value order.
  [[nodiscard]] std::vector<FamilySnapshot> collect() const;

 private:
  struct Entry {
    std::unique_ptr<FamilyBase> family;
    BucketBounds buckets;  // histograms only
  };
  FamilyBase* find_compatible(const std::string& name, MetricType type,
                              const std::vector<std::string>& label_names,
                              const BucketBounds& buckets) const;
  void check_no_clash(const std::string& name, MetricType type) const;

  mutable std::mutex mutex_;
  std::vector<Entry> families_;
};

}  // namespace kvm48::metrics
