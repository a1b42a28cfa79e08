#include "identity_check.hpp"

namespace live48 {
namespace {

std::string page_name(std::int64_t club, std::int64_t id) {
  return "club " + std::to_string(club) + " id " + std::to_string(id);
}

}  // namespace

IdentityDecision IdentityCheck::decide(const kvm48::PerfVod& vod, bool stored_before) {
  const std::string here = page_name(*vod.l4c_club_id, *vod.l4c_id);
  std::lock_guard<std::mutex> lock(mutex_);
  const auto found = seen_.find(vod.id);
  if (found == seen_.end()) {
    if (stored_before && vod.id == kKnownCollisionId) {
      return {IdentityVerdict::ignore_collision,
              here + ": canonical id " + vod.id +
                  " is the known live.48.cn collision (club 3 ids 1750/2451) and is stored "
                  "already; page ignored"};
    }
    seen_.emplace(vod.id, Seen{vod.start_time, *vod.l4c_club_id, *vod.l4c_id});
    if (!stored_before) return {};
    // Stored by an earlier run under another page (a duplicate page) or by the app
    // API without one (a merge). The stored start time cannot be read through the
    // SDK, so the merge is let through, as a duplicate page would be.
    return {IdentityVerdict::store,
            here + ": canonical id " + vod.id +
                " is stored already without this page; merged (start time not comparable across "
                "runs)",
            true};
  }
  const std::string there = page_name(found->second.club, found->second.l4c_id);
  if (vod.id == kKnownCollisionId) {
    return {IdentityVerdict::ignore_collision, here + ": canonical id " + vod.id +
                                                   " is the known live.48.cn collision with " +
                                                   there + "; page ignored"};
  }
  if (found->second.start_time == vod.start_time) {
    return {IdentityVerdict::store, here + ": duplicate page of " + there + " (canonical id " +
                                        vod.id + "); the first page is kept"};
  }
  return {IdentityVerdict::conflict, here + ": canonical id " + vod.id + " conflicts with " +
                                         there + " (start time " + std::to_string(vod.start_time) +
                                         " vs " + std::to_string(found->second.start_time) +
                                         "); not stored"};
}

}  // namespace live48
