#include "show_texts.hpp"

#include <array>

namespace kvm48::bench {
namespace {

template <typename T, std::size_t N>
const T& pick(const std::array<T, N>& items, std::mt19937_64& random) {
  return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

constexpr std::array<const char*, 12> kStages = {"重生计划",   "心的旅程", "第48区",    "专属派对",
                                                 "梦想的旗帜", "美丽世界", "UNIVERSE",  "Fiona.N",
                                                 "N.E.W",      "代号XII",  "命运的X号", "以爱之名"};

constexpr std::array<const char*, 10> kMembers = {"莫寒",   "孙馨", "赵粤",   "黄婷婷", "冯薪朵",
                                                  "李艺彤", "戴萌", "段艺璇", "陈珂",   "刘力菲"};

// Team ids and names from UPSTREAM.md 1.4 (CGT48's are not known).
std::vector<TeamRef> teams_of(Group group) {
  switch (group) {
    case Group::snh48:
      return {{1001, "TEAM SII"}, {1002, "TEAM NII"}, {1003, "TEAM HII"}, {1004, "TEAM X"}};
    case Group::bej48: return {{1101, "TEAM B"}, {1102, "TEAM E"}, {1103, "TEAM J"}};
    case Group::gnz48: return {{1201, "TEAM G"}, {1202, "TEAM NIII"}, {1203, "TEAM Z"}};
    case Group::shy48: return {{1301, "TEAM SIII"}, {1302, "TEAM HIII"}};
    case Group::ckg48: return {{1401, "TEAM C"}, {1402, "TEAM K"}};
    case Group::cgt48: return {};
  }
  return {};
}

}  // namespace

ShowTexts show_texts(Group group, std::mt19937_64& random) {
  ShowTexts texts;
  const std::vector<TeamRef> teams = teams_of(group);
  std::string team = std::string(to_string(group));
  if (!teams.empty()) {
    texts.teams.push_back(
        teams[std::uniform_int_distribution<std::size_t>(0, teams.size() - 1)(random)]);
    team = texts.teams.front().name;
  }
  const int kind = std::uniform_int_distribution<int>(0, 99)(random);
  const std::string member = pick(kMembers, random);
  if (kind < 80) {
    texts.title = std::string("《") + pick(kStages, random) + "》剧场公演";
    if (kind < 60)
      texts.subtitle = team + "剧场公演";
    else if (kind < 72)
      texts.subtitle = member + "生日公演";
  } else if (kind < 90) {
    texts.title = member + "咖啡店生日会";
    texts.subtitle = "参加成员：" + member;
  } else {
    texts.title = team + "出道" + std::to_string(kind % 5 + 1) + "周年";
    if (kind < 96) texts.subtitle = team + "特别公演";
  }
  return texts;
}

}  // namespace kvm48::bench
