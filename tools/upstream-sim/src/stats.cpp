#include "stats.hpp"

namespace kvm48::sim {

void Stats::countRequest(const std::string& route, const std::string& path) {
  std::lock_guard lock(mutex_);
  ++total_;
  ++routes_[route];
  ++paths_[path];
}

void Stats::countOutcome(const std::string& outcome) {
  std::lock_guard lock(mutex_);
  ++outcomes_[outcome];
}

void Stats::addServiceTime(const std::string& route, std::uint64_t micros) {
  std::lock_guard lock(mutex_);
  serviceMicros_[route] += micros;
}

void Stats::reset() {
  std::lock_guard lock(mutex_);
  total_ = 0;
  routes_.clear();
  paths_.clear();
  outcomes_.clear();
  serviceMicros_.clear();
}

nlohmann::json Stats::toJson(bool withPaths) const {
  std::lock_guard lock(mutex_);
  nlohmann::json j = {{"total", total_},
                      {"routes", routes_},
                      {"outcomes", outcomes_},
                      {"serviceMicros", serviceMicros_}};
  if (withPaths) j["paths"] = paths_;
  return j;
}

}  // namespace kvm48::sim
