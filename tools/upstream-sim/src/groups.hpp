#pragma once
// The one place where live.48.cn club ids, app-API group ids and group names meet
// (UPSTREAM.md 1.4). Pure data, thread-safe.

#include <optional>
#include <string>
#include <vector>

namespace kvm48::sim {

struct GroupInfo {
  int club;             // live.48.cn club id (1..6)
  int groupId;          // Koudai48 app API groupId
  std::string name;     // "SNH48"
  std::string abbr;     // stream URL segment: snh, bej, gnz, shy, ckg, cgt
  std::string channel;  // numeric channel seen in 2017-2018 stream URLs
};

const std::vector<GroupInfo>& allGroups();
std::optional<GroupInfo> groupByClub(int club);
std::optional<GroupInfo> groupById(int groupId);

}  // namespace kvm48::sim
