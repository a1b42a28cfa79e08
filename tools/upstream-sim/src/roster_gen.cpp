// The roster: the teams of UPSTREAM.md 1.4 and 6.1, the real members the samples name, and
// generated members for every team.
#include <set>

#include "generator_parts.hpp"
#include "vocab.hpp"

namespace kvm48::sim {
namespace {

std::vector<Team> knownTeams() {
  // active=false marks the teams dissolved by 2022 (status 0 in the group_team_star sample).
  return {
      {1001, 10, "TEAM SII", "90CCEA", true},   {1002, 10, "TEAM NII", "AD85BA", true},
      {1003, 10, "TEAM HII", "F39800", true},   {1004, 10, "TEAM X", "B1D61B", true},
      {1005, 10, "TEAM XII", "00BE6E", false},  {1006, 10, "TEAM FT", "41b400", false},
      {1007, 10, "预备生", "a7b0ba", true},     {1101, 11, "TEAM B", "FF2471", false},
      {1102, 11, "TEAM E", "0CC8C3", false},    {1103, 11, "TEAM J", "006ab7", false},
      {1105, 11, "BEJ48", "FF2471", true},      {1201, 12, "TEAM G", "AAC913", true},
      {1202, 12, "TEAM NIII", "FFD700", true},  {1203, 12, "TEAM Z", "ea627c", true},
      {1301, 13, "TEAM SIII", "e70095", false}, {1302, 13, "TEAM HIII", "4f008c", false},
      {1401, 14, "TEAM C", "9d6124", false},    {1402, 14, "TEAM K", "ff5043", false},
      {1404, 14, "CKG48", "9d6124", true},      {1501, 15, "IDFT", "b4006e", true},
      {2101, 21, "CGT48", "e60012", true},
  };
}

std::vector<Member> knownMembers() {
  return {
      {1, "张语格", "zhang yuge", 10, 1001, 1001, "2012-10-14", 1, "/mediasource/avatar/zyg.jpg"},
      {35, "莫寒", "mo han", 10, 1001, 1001, "2012-10-14", 1,
       "/mediasource/avatar/1509551046109mohan.jpg"},
      {63558, "洪珮雲", "hong peiyun", 10, 1003, 1005, "2014-07-20", 1,
       "/mediasource/avatar/1509551046109l79Z0FIAD2.jpg"},
      {874698, "鄢羽蝶", "yan yudie", 15, 1501, 1501, "2018-09-01", 1,
       "/mediasource/avatar/20190410/1554910632819tY6VCI2M8S.jpg"},
  };
}

int periodOf(int groupId, Rng& rng) {
  return groupId * 100 + static_cast<int>(rng.between(1, 6));
}

}  // namespace

void addRoster(Dataset& dataset, Rng& rng) {
  dataset.teams = knownTeams();
  dataset.members = knownMembers();
  std::set<std::int64_t> used;
  std::set<std::string> names;
  for (const auto& m : dataset.members) {
    used.insert(m.userId);
    names.insert(m.realName);
  }
  const auto& surnames = vocab::surnames();
  const auto& given = vocab::givenNameChars();
  for (const auto& team : dataset.teams) {
    const int size = team.teamId == 1501 ? 6 : static_cast<int>(rng.between(12, 16));
    for (int i = 0; i < size; ++i) {
      Member m;
      do {
        const auto& s = rng.pick(surnames);
        const auto& g1 = rng.pick(given);
        const auto& g2 = rng.pick(given);
        const bool twoChars = rng.chance(0.8);
        m.realName = s.hanzi + g1.hanzi + (twoChars ? g2.hanzi : "");
        m.pinyin = s.pinyin + " " + g1.pinyin + (twoChars ? g2.pinyin : "");
      } while (!names.insert(m.realName).second);
      do {
        m.userId = rng.between(100000, 99999999);
      } while (!used.insert(m.userId).second);
      m.groupId = team.groupId;
      m.teamId = team.teamId;
      m.periodId = periodOf(team.groupId, rng);
      m.joinTime = std::to_string(rng.between(2013, 2024)) + "-0" +
                   std::to_string(rng.between(1, 9)) + "-1" + std::to_string(rng.between(0, 9));
      m.status = team.active ? (rng.chance(0.9) ? 1 : 2) : 3;
      m.avatar = "/mediasource/avatar/" + std::to_string(m.userId) + ".jpg";
      dataset.members.push_back(m);
    }
  }
}

}  // namespace kvm48::sim
