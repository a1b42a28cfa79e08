#include "groups.hpp"

namespace kvm48::sim {

const std::vector<GroupInfo>& allGroups() {
  static const std::vector<GroupInfo> groups = {
      {1, 10, "SNH48", "snh", "9999"}, {2, 11, "BEJ48", "bej", "8001"},
      {3, 12, "GNZ48", "gnz", "3001"}, {4, 13, "SHY48", "shy", "6001"},
      {5, 14, "CKG48", "ckg", "7001"}, {6, 21, "CGT48", "cgt", "5001"},
  };
  return groups;
}

std::optional<GroupInfo> groupByClub(int club) {
  for (const auto& g : allGroups()) {
    if (g.club == club) return g;
  }
  return std::nullopt;
}

std::optional<GroupInfo> groupById(int groupId) {
  for (const auto& g : allGroups()) {
    if (g.groupId == groupId) return g;
  }
  return std::nullopt;
}

}  // namespace kvm48::sim
