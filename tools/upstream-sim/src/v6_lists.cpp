// getOpenLiveList (performances) and getLiveList (member lives) with the `next` cursor and the
// quirks of UPSTREAM.md 2.1 and 2.3.
#include <algorithm>
#include <functional>

#include "groups.hpp"
#include "v6_api.hpp"

namespace kvm48::sim::v6 {
namespace {

using nlohmann::json;

bool isStart(const std::string& next) {
  return next.empty() || next == "0";
}

std::string cursorOf(const PerfVod& v, const ApiSettings& a) {
  return a.openLiveCursor == "stime" ? std::to_string(v.startTime * 1000) : v.canonId;
}

// Index of the first item after the cursor `next` in `items`.
std::size_t openLivePosition(const std::vector<const PerfVod*>& items, const std::string& next,
                             const ApiSettings& a) {
  if (isStart(next)) return 0;
  if (a.openLiveCursor == "stime") {
    const std::int64_t cursorMs = std::stoll(next);
    return static_cast<std::size_t>(
        std::find_if(items.begin(), items.end(),
                     [&](const PerfVod* v) { return v->startTime * 1000 < cursorMs; }) -
        items.begin());
  }
  const auto it = std::find_if(items.begin(), items.end(),
                               [&](const PerfVod* v) { return v->canonId == next; });
  return it == items.end() ? items.size() : static_cast<std::size_t>(it - items.begin()) + 1;
}

json openLiveItem(const PerfVod& v, const Snapshot& s, const ApiSettings& a) {
  json teams = json::array();
  for (const int id : v.teamIds) {
    if (const Team* t = s.teamById(id)) teams.push_back(teamJson(*t));
  }
  json item = {{"liveId", v.canonId},
               {"title", v.title},
               {"coverPath", v.coverPath},
               {"status", v.upcoming ? 1 : 4},
               {"stime", std::to_string(v.startTime * 1000)},
               {"teamList", teams},
               {"liveType", 0}};
  if (a.openLiveSubtitle) item["subTitle"] = v.subtitle;
  return item;
}

json userInfo(const Member& m, const Snapshot& s) {
  const Team* team = s.teamById(m.teamId);
  return {{"userId", std::to_string(m.userId)},
          {"nickname", nicknameOf(m)},
          {"avatar", m.avatar},
          {"teamLogo",
           team ? "/mediasource/teamLogo/all/" + std::to_string(team->teamId) + ".png" : ""},
          {"badge", json::array()},
          {"level", 1},
          {"isStar", true},
          {"friends", "0"},
          {"followers", "0"},
          {"signature", ""},
          {"bgImg", ""},
          {"vip", false},
          {"userRole", 3},
          {"starName", m.realName}};
}

json liveItem(const MemberVod& v, const Snapshot& s) {
  json item = {{"liveId", v.liveId},
               {"title", v.title},
               {"coverPath", v.coverPath},
               {"ctime", std::to_string(v.ctimeMs)},
               {"liveType", v.type == MemberVodType::Live ? 1 : 2},
               {"liveMode", 0},
               {"status", 3},
               {"roomId", v.roomId},
               {"inMicrophoneConnection", false}};
  if (const Member* m = s.memberById(v.userId)) item["userInfo"] = userInfo(*m, s);
  return item;
}

struct LiveListFilter {
  std::function<bool(const MemberVod&)> selects;
  bool byUser = false;  // the userId filter is in effect
};

// Which member VODs a getLiveList request selects, after the upstream's filter quirks.
LiveListFilter liveListFilter(const json& body, const Snapshot& s, const ApiSettings& a,
                              bool atStart) {
  std::int64_t userId = intField(body, "userId", 0);
  const std::int64_t groupId = intField(body, "groupId", 0);
  const std::int64_t teamId = intField(body, "teamId", 0);
  if (userId && atStart && a.userIdIgnoredAtStart) userId = 0;
  if (userId && groupId && a.groupOverridesUser) userId = 0;
  const auto selects = [&s, userId, groupId, teamId](const MemberVod& v) {
    if (userId) return v.userId == userId;
    const Member* m = s.memberById(v.userId);
    if (!m) return false;
    if (teamId && m->teamId != teamId) return false;
    return !groupId || m->groupId == groupId;
  };
  return {selects, userId != 0};
}

}  // namespace

json openLiveList(const json& body, const Snapshot& s, const ApiSettings& a,
                  const ContentFaults& f) {
  const bool recorded = boolField(body, "record", false);
  const std::int64_t groupId = intField(body, "groupId", 0);
  const std::string next = idField(body, "next");
  std::vector<const PerfVod*> items;
  for (const PerfVod* v : s.apiPerfVods(recorded)) {
    if (!groupId || groupByClub(v->club)->groupId == groupId) items.push_back(v);
  }
  std::size_t begin = openLivePosition(items, next, a);
  if (!isStart(next) && begin < items.size()) {
    const auto overlap = static_cast<std::size_t>(a.openLiveOverlap + f.duplicateItems);
    begin -= std::min(begin, overlap);
  }
  json list = json::array();
  const PerfVod* last = nullptr;
  for (std::size_t i = begin; i < items.size() && i < begin + static_cast<std::size_t>(a.pageSize);
       ++i) {
    list.push_back(openLiveItem(*items[i], s, a));
    last = items[i];
  }
  const std::string nextOut = last ? cursorOf(*last, a) : (isStart(next) ? "0" : next);
  return {{"next", nextOut}, {"liveList", list}};
}

json liveList(const json& body, const Snapshot& s, const ApiSettings& a, const ContentFaults& f) {
  const bool recorded = boolField(body, "record", false);
  const std::string next = idField(body, "next");
  json list = json::array();
  if (!recorded) return {{"next", "0"}, {"liveList", list}, {"slideUpAndDown", false}};
  const LiveListFilter filter = liveListFilter(body, s, a, isStart(next));
  // With foreignItemsInUserPages a member's page is the plain window of the all-members list:
  // other members' items, maybe none of hers (UPSTREAM.md 2.1); clients filter themselves.
  const bool window = filter.byUser && a.foreignItemsInUserPages;
  const auto selected = [&](const MemberVod& v) { return window || filter.selects(v); };
  const auto& all = s.memberVods();
  auto it = all.begin();
  if (!isStart(next)) {
    it = std::find_if(all.begin(), all.end(),
                      [&](const MemberVod* v) { return decimalLess(v->liveId, next); });
  }
  // A duplicates fault rewinds to repeat the newest items the previous page already held.
  for (int back = 0; back < f.duplicateItems && it != all.begin() && !isStart(next); ++back) {
    do --it;
    while (it != all.begin() && !selected(**it));
  }
  const MemberVod* last = nullptr;
  for (; it != all.end() && list.size() < static_cast<std::size_t>(a.pageSize); ++it) {
    if (!selected(**it)) continue;
    list.push_back(liveItem(**it, s));
    last = *it;
  }
  const std::string nextOut = last ? last->liveId : (isStart(next) ? "0" : next);
  return {{"next", nextOut}, {"liveList", list}, {"slideUpAndDown", false}};
}

}  // namespace kvm48::sim::v6
