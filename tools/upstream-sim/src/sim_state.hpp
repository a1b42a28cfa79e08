#pragma once
// Everything a running simulator shares between request threads: the current dataset snapshot,
// settings, fault rules, stats, the stop signal, and what it started with (for reset).
// Thread-safe: each member guards itself; snapshot and settings are swapped under mutex_.

#include <mutex>
#include <nlohmann/json.hpp>

#include "faults.hpp"
#include "settings.hpp"
#include "snapshot.hpp"
#include "stats.hpp"
#include "stop_signal.hpp"

namespace kvm48::sim {

struct StartupConfig {
  Dataset dataset;
  Settings settings;
  nlohmann::json rules = nlohmann::json::array();
  std::uint64_t faultSeed = 1;
};

class SimState {
 public:
  explicit SimState(StartupConfig startup);

  SnapshotPtr snapshot() const;
  Settings settings() const;
  void setSettings(const Settings& settings);
  // Publishes new VODs (see generator.hpp); returns what was added.
  nlohmann::json publish(int perf, int member, const std::vector<int>& clubs);
  // Back to the start-up dataset / settings / rules; zeroes the stats.
  void reset(bool dataset, bool settings, bool faults, bool stats);

  FaultInjector& faults() { return faults_; }
  Stats& stats() { return stats_; }
  StopSignal& stopSignal() { return stop_; }

 private:
  const StartupConfig startup_;
  mutable std::mutex mutex_;
  SnapshotPtr snapshot_;
  Settings settings_;
  Rng publishRng_;
  FaultInjector faults_;
  Stats stats_;
  StopSignal stop_;
};

}  // namespace kvm48::sim
