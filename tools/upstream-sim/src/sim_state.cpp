#include "sim_state.hpp"

#include "generator.hpp"

namespace kvm48::sim {

SimState::SimState(StartupConfig startup)
    : startup_(std::move(startup)),
      snapshot_(std::make_shared<const Snapshot>(startup_.dataset)),
      settings_(startup_.settings),
      publishRng_(deriveSeed(startup_.dataset.seed, 0x9B)),
      faults_(startup_.faultSeed) {
  faults_.add(startup_.rules);
}

SnapshotPtr SimState::snapshot() const {
  std::lock_guard lock(mutex_);
  return snapshot_;
}

Settings SimState::settings() const {
  std::lock_guard lock(mutex_);
  return settings_;
}

void SimState::setSettings(const Settings& settings) {
  std::lock_guard lock(mutex_);
  settings_ = settings;
}

nlohmann::json SimState::publish(int perf, int member, const std::vector<int>& clubs) {
  std::lock_guard lock(mutex_);
  Dataset next = snapshot_->data();
  const auto perfRows = publishPerfVods(next, perf, clubs, publishRng_);
  const auto memberRows = publishMemberVods(next, member, publishRng_);
  nlohmann::json out = {{"perfVods", nlohmann::json::array()},
                        {"memberVods", nlohmann::json::array()}};
  for (const auto i : perfRows) {
    const PerfVod& v = next.perfVods[i];
    out["perfVods"].push_back({{"canonId", v.canonId},
                               {"l4cId", *v.l4cId},
                               {"club", v.club},
                               {"startTime", v.startTime}});
  }
  for (const auto i : memberRows) {
    const MemberVod& v = next.memberVods[i];
    out["memberVods"].push_back(
        {{"liveId", v.liveId}, {"userId", v.userId}, {"ctime", std::to_string(v.ctimeMs)}});
  }
  snapshot_ = std::make_shared<const Snapshot>(std::move(next));
  return out;
}

void SimState::reset(bool dataset, bool settings, bool faults, bool stats) {
  {
    std::lock_guard lock(mutex_);
    if (dataset) {
      snapshot_ = std::make_shared<const Snapshot>(startup_.dataset);
      publishRng_ = Rng(deriveSeed(startup_.dataset.seed, 0x9B));
    }
    if (settings) settings_ = startup_.settings;
  }
  if (faults) {
    faults_.clear();
    faults_.add(startup_.rules);
  }
  if (stats) stats_.reset();
}

}  // namespace kvm48::sim
