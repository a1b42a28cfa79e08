#pragma once
// Counts of requests served, per route, per path and per outcome, and service time per route.
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
  // Time spent building and sending an answer (injected latency and held time excluded), so a
  // benchmark can tell the simulator's share of a crawl.
  void addServiceTime(const std::string& route, std::uint64_t micros);
  void reset();
  nlohmann::json toJson(bool withPaths) const;

 private:
  mutable std::mutex mutex_;
  std::uint64_t total_ = 0;
  std::map<std::string, std::uint64_t> routes_, paths_, outcomes_, serviceMicros_;
};

}  // namespace kvm48::sim
