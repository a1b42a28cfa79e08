#include "snapshot.hpp"

#include <algorithm>

namespace kvm48::sim {

bool decimalLess(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() < b.size();
  return a < b;
}

Snapshot::Snapshot(Dataset dataset) : data_(std::move(dataset)) {
  for (const auto& t : data_.teams) teamById_[t.teamId] = &t;
  for (const auto& m : data_.members) memberById_[m.userId] = &m;
  for (const auto& v : data_.perfVods) {
    if (v.l4cId) {
      siteByClub_[v.club].push_back(&v);
      siteById_[*v.l4cId] = &v;
    }
    if (v.inApi) {
      (v.upcoming ? apiUpcoming_ : apiRecorded_).push_back(&v);
      apiById_[v.canonId] = &v;
    }
  }
  for (auto& [club, list] : siteByClub_) {
    std::sort(list.begin(), list.end(),
              [](const PerfVod* a, const PerfVod* b) { return *a->l4cId > *b->l4cId; });
  }
  const auto newestFirst = [](const PerfVod* a, const PerfVod* b) {
    if (a->startTime != b->startTime) return a->startTime > b->startTime;
    return decimalLess(b->canonId, a->canonId);
  };
  std::sort(apiRecorded_.begin(), apiRecorded_.end(), newestFirst);
  std::sort(apiUpcoming_.begin(), apiUpcoming_.end(), newestFirst);
  for (const auto& v : data_.memberVods) {
    memberVods_.push_back(&v);
    memberVodById_[v.liveId] = &v;
  }
  std::sort(memberVods_.begin(), memberVods_.end(), [](const MemberVod* a, const MemberVod* b) {
    return decimalLess(b->liveId, a->liveId);
  });
}

const std::vector<const PerfVod*>& Snapshot::siteVodsOfClub(int club) const {
  static const std::vector<const PerfVod*> none;
  const auto it = siteByClub_.find(club);
  return it == siteByClub_.end() ? none : it->second;
}

const PerfVod* Snapshot::siteVodById(int l4cId) const {
  const auto it = siteById_.find(l4cId);
  return it == siteById_.end() ? nullptr : it->second;
}

const std::vector<const PerfVod*>& Snapshot::apiPerfVods(bool recorded) const {
  return recorded ? apiRecorded_ : apiUpcoming_;
}

const PerfVod* Snapshot::apiPerfVodById(const std::string& liveId) const {
  const auto it = apiById_.find(liveId);
  return it == apiById_.end() ? nullptr : it->second;
}

const MemberVod* Snapshot::memberVodById(const std::string& liveId) const {
  const auto it = memberVodById_.find(liveId);
  return it == memberVodById_.end() ? nullptr : it->second;
}

const Member* Snapshot::memberById(std::int64_t userId) const {
  const auto it = memberById_.find(userId);
  return it == memberById_.end() ? nullptr : it->second;
}

const Team* Snapshot::teamById(int teamId) const {
  const auto it = teamById_.find(teamId);
  return it == teamById_.end() ? nullptr : it->second;
}

}  // namespace kvm48::sim
