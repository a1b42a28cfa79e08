#pragma once
// A metric family: one name, one help text, fixed label names, and one child metric per
// combination of label values (requests{route="/api/graphql",status="200"}).

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "metrics/counter.hpp"
#include "metrics/gauge.hpp"
#include "metrics/histogram.hpp"
#include "metrics/snapshot.hpp"

namespace kvm48::metrics {

/// Type-erased view the registry keeps.
class FamilyBase {
 public:
  virtual ~FamilyBase() = default;
  [[nodiscard]] virtual FamilySnapshot collect() const = 0;
  [[nodiscard]] virtual const std::string& name() const = 0;
  [[nodiscard]] virtual MetricType type() const = 0;
  [[nodiscard]] virtual const std::vector<std::string>& label_names() const = 0;
};

/// Thread-safe. Children live as long as the family (the registry): a reference returned by
/// with() stays valid, so the hot path looks a child up once and keeps it. with() itself
/// takes a shared lock (exclusive only the first time a label combination appears).
template <typename Metric>
class Family final : public FamilyBase {
 public:
  using Factory = std::function<std::unique_ptr<Metric>()>;

  /// Names are checked by the registry before a family is made.
  Family(std::string name, std::string help, MetricType type, std::vector<std::string> label_names,
         Factory factory)
      : name_(std::move(name)),
        help_(std::move(help)),
        type_(type),
        label_names_(std::move(label_names)),
        factory_(std::move(factory)) {}

  /// The child for these label values, in the order of label_names(). Throws
  /// std::invalid_argument when the number of values differs from the number of names.
  Metric& with(const std::vector<std::string>& values) {
    if (values.size() != label_names_.size()) {
      throw std::invalid_argument("metric '" + name_ + "' has " +
                                  std::to_string(label_names_.size()) + " labels, got " +
                                  std::to_string(values.size()) + " values");
    }
    {
      std::shared_lock lock(mutex_);
      if (auto found = children_.find(values); found != children_.end()) return *found->second;
    }
    std::unique_lock lock(mutex_);
    auto& child = children_[values];
    if (!child) child = factory_();
    return *child;
  }
  /// The child without labels (for a family declared without label names).
  Metric& get() { return with({}); }

  [[nodiscard]] FamilySnapshot collect() const override;
  [[nodiscard]] const std::string& name() const override { return name_; }
  [[nodiscard]] MetricType type() const override { return type_; }
  [[nodiscard]] const std::vector<std::string>& label_names() const override {
    return label_names_;
  }

 private:
  [[nodiscard]] Labels labels_for(const std::vector<std::string>& values) const {
    Labels labels;
    for (std::size_t i = 0; i < values.size(); ++i) labels.emplace_back(label_names_[i], values[i]);
    return labels;
  }
  void add_samples(FamilySnapshot& out, const Labels& labels, const Metric& metric) const;

  std::string name_;
  std::string help_;
  MetricType type_;
  std::vector<std::string> label_names_;
  Factory factory_;
  mutable std::shared_mutex mutex_;
  std::map<std::vector<std::string>, std::unique_ptr<Metric>> children_;
};

/// "0.005", "1", "+Inf": numbers as the text format writes them (shortest round trip).
std::string format_number(double value);

template <typename Metric>
FamilySnapshot Family<Metric>::collect() const {
  FamilySnapshot out{name_, help_, type_, {}};
  std::shared_lock lock(mutex_);
  for (const auto& [values, metric] : children_) add_samples(out, labels_for(values), *metric);
  return out;
}

template <typename Metric>
void Family<Metric>::add_samples(FamilySnapshot& out, const Labels& labels,
                                 const Metric& metric) const {
  if constexpr (std::is_same_v<Metric, Histogram>) {
    const auto snapshot = metric.snapshot();
    for (std::size_t i = 0; i <= snapshot.bounds.size(); ++i) {
      Labels with_le = labels;
      with_le.emplace_back("le",
                           i < snapshot.bounds.size() ? format_number(snapshot.bounds[i]) : "+Inf");
      out.samples.push_back(
          {name_ + "_bucket", std::move(with_le), static_cast<double>(snapshot.cumulative[i])});
    }
    out.samples.push_back({name_ + "_sum", labels, snapshot.sum});
    out.samples.push_back({name_ + "_count", labels, static_cast<double>(snapshot.count)});
  } else {
    out.samples.push_back({name_, labels, metric.value()});
  }
}

}  // namespace kvm48::metrics
