#include "metrics/registry.hpp"

#include <stdexcept>

#include "metrics/names.hpp"

namespace kvm48::metrics {
namespace {

// The sample names a family writes.
std::vector<std::string> sample_names(const std::string& name, MetricType type) {
  if (type != MetricType::histogram) return {name};
  return {name, name + "_bucket", name + "_sum", name + "_count"};
}

}  // namespace

FamilyBase* Registry::find_compatible(const std::string& name, MetricType type,
                                      const std::vector<std::string>& label_names,
                                      const BucketBounds& buckets) const {
  for (const auto& entry : families_) {
    if (entry.family->name() != name) continue;
    if (entry.family->type() != type || entry.family->label_names() != label_names ||
        entry.buckets != buckets) {
      throw std::invalid_argument("metric '" + name +
                                  "' is already registered with another type, labels or buckets");
    }
    return entry.family.get();
  }
  return nullptr;
}

void Registry::check_no_clash(const std::string& name, MetricType type) const {
  for (const auto& entry : families_) {
    for (const auto& theirs : sample_names(entry.family->name(), entry.family->type())) {
      for (const auto& ours : sample_names(name, type)) {
        if (theirs == ours) {
          throw std::invalid_argument("metric '" + name + "' clashes with '" +
                                      entry.family->name() + "' (both write samples named '" +
                                      ours + "')");
        }
      }
    }
  }
}

Family<Counter>& Registry::counter(const std::string& name, const std::string& help,
                                   std::vector<std::string> label_names) {
  check_names(name, label_names, false);
  std::lock_guard lock(mutex_);
  if (auto* found = find_compatible(name, MetricType::counter, label_names, {})) {
    return static_cast<Family<Counter>&>(*found);
  }
  check_no_clash(name, MetricType::counter);
  auto family =
      std::make_unique<Family<Counter>>(name, help, MetricType::counter, std::move(label_names),
                                        [] { return std::make_unique<Counter>(); });
  auto& result = *family;
  families_.push_back({std::move(family), {}});
  return result;
}

Family<Gauge>& Registry::gauge(const std::string& name, const std::string& help,
                               std::vector<std::string> label_names) {
  check_names(name, label_names, false);
  std::lock_guard lock(mutex_);
  if (auto* found = find_compatible(name, MetricType::gauge, label_names, {})) {
    return static_cast<Family<Gauge>&>(*found);
  }
  check_no_clash(name, MetricType::gauge);
  auto family =
      std::make_unique<Family<Gauge>>(name, help, MetricType::gauge, std::move(label_names),
                                      [] { return std::make_unique<Gauge>(); });
  auto& result = *family;
  families_.push_back({std::move(family), {}});
  return result;
}

Family<Histogram>& Registry::histogram(const std::string& name, const std::string& help,
                                       BucketBounds buckets, std::vector<std::string> label_names) {
  check_names(name, label_names, true);
  Histogram validated(buckets);  // throws on bad bounds, before anything is registered
  std::lock_guard lock(mutex_);
  if (auto* found = find_compatible(name, MetricType::histogram, label_names, buckets)) {
    return static_cast<Family<Histogram>&>(*found);
  }
  check_no_clash(name, MetricType::histogram);
  auto family = std::make_unique<Family<Histogram>>(
      name, help, MetricType::histogram, std::move(label_names),
      [buckets] { return std::make_unique<Histogram>(buckets); });
  auto& result = *family;
  families_.push_back({std::move(family), std::move(buckets)});
  return result;
}

std::vector<FamilySnapshot> Registry::collect() const {
  std::lock_guard lock(mutex_);
  std::vector<FamilySnapshot> out;
  out.reserve(families_.size());
  for (const auto& entry : families_) out.push_back(entry.family->collect());
  return out;
}

}  // namespace kvm48::metrics
