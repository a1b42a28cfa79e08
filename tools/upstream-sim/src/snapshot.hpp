#pragma once
// An immutable dataset with the indexes the handlers need. Built once per dataset version
// (start-up, publish, reset) and shared read-only between request threads via shared_ptr.

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dataset.hpp"

namespace kvm48::sim {

class Snapshot {
 public:
  explicit Snapshot(Dataset dataset);
  Snapshot(const Snapshot&) = delete;  // the indexes point into data_
  Snapshot& operator=(const Snapshot&) = delete;

  const Dataset& data() const { return data_; }
  // live.48.cn VODs of `club`, newest (highest l4c id) first.
  const std::vector<const PerfVod*>& siteVodsOfClub(int club) const;
  const PerfVod* siteVodById(int l4cId) const;
  // getOpenLiveList order: stime descending, then liveId descending.
  const std::vector<const PerfVod*>& apiPerfVods(bool recorded) const;
  const PerfVod* apiPerfVodById(const std::string& liveId) const;
  // getLiveList order: newest first.
  const std::vector<const MemberVod*>& memberVods() const { return memberVods_; }
  const MemberVod* memberVodById(const std::string& liveId) const;
  const Member* memberById(std::int64_t userId) const;
  const Team* teamById(int teamId) const;

 private:
  Dataset data_;
  std::unordered_map<int, std::vector<const PerfVod*>> siteByClub_;
  std::unordered_map<int, const PerfVod*> siteById_;
  std::vector<const PerfVod*> apiRecorded_, apiUpcoming_;
  std::unordered_map<std::string, const PerfVod*> apiById_;
  std::vector<const MemberVod*> memberVods_;
  std::unordered_map<std::string, const MemberVod*> memberVodById_;
  std::unordered_map<std::int64_t, const Member*> memberById_;
  std::unordered_map<int, const Team*> teamById_;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

// Decimal id comparison without converting to a number (ids may not fit a double).
bool decimalLess(const std::string& a, const std::string& b);

}  // namespace kvm48::sim
