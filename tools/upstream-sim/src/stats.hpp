#pragma once
// Counts of requests served, per route, per path, per HTTP status and per fired fault rule.
// Crawler tests read them (GET /_sim/stats) to prove, e.g., that an incremental crawl fetched
// only the new pages. Thread-safe.

#include <cstdint>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

namespace kvm48::sim {

class Stats {
 public:
  void countRequest(const std::string& route, const std::string& path);
  void countOutcome(const std::string& outcome);  // "200", "503", "reset", "timeout"...
  void reset();
  nlohmann::json toJson(bool withPaths) const;

 private:
  mutable std::mutex mutex_;
  std::uint64_t total_ = 0;
  std::map<std::string, std::uint64_t> routes_, paths_, outcomes_;
};

}  // namespace kvm48::sim
