// getOpenLiveOne (performance streams by name) and getLiveOne (member VOD and danmaku paths).
#include <functional>

#include "groups.hpp"
#include "v6_api.hpp"

namespace kvm48::sim::v6 {
namespace {

using nlohmann::json;

// Stable fake counters so repeated calls answer the same.
std::string counter(const std::string& id, std::uint64_t modulo) {
  return std::to_string(std::hash<std::string>{}(id) % modulo);
}

json playStreams(const PerfVod& v, const ContentFaults& f) {
  json streams = json::array();
  if (v.upcoming || f.noStream) return streams;  // empty before the show starts
  const std::pair<const char*, const std::string*> byName[] = {
      {"标清", &v.streams.sd}, {"高清", &v.streams.hd}, {"超清", &v.streams.fhd}};
  int type = 1;
  for (const auto& [name, url] : byName) {
    json s = {{"streamName", name}, {"streamType", type++}, {"vipShow", false}};
    if (!url->empty()) s["streamPath"] = *url;  // typed optional upstream
    streams.push_back(s);
  }
  return streams;
}

}  // namespace

std::string nicknameOf(const Member& m) {
  const auto group = groupById(m.groupId);
  std::string prefix = group ? group->name : (m.groupId == 15 ? "IDFT" : "48");
  return prefix + "-" + m.realName;
}

json teamJson(const Team& t) {
  return {{"teamId", t.teamId},
          {"groupId", t.groupId},
          {"teamName", t.teamName},
          {"teamLogo", "/mediasource/teamLogo2/all/" + std::to_string(t.teamId) + ".png"},
          {"teamColor", t.teamColor}};
}

json openLiveOne(const std::string& liveId, const Snapshot& s, const ApiSettings& a,
                 const ContentFaults& f) {
  const PerfVod* v = s.apiPerfVodById(liveId);
  if (!v) return nullptr;
  json content = {
      {"liveId", v->canonId},
      {"title", v->title},
      {"coverPath", v->coverPath},
      {"roomId", "38" + counter(v->canonId, 100000)},
      {"status", v->upcoming ? 1 : 4},
      {"playNum", counter(v->canonId, 900000)},
      {"stime", std::to_string(v->startTime * 1000)},
      {"hasPraise", false},
      {"praiseNum", counter(v->canonId + "p", 9000)},
      {"dengPaiGiftId", "266592592682893312"},
      {"danMuInfo", {{"giftId", "266592609913094144"}, {"money", "10"}}},
      {"type", 2},
      {"liveJoiners", json::array()},
      {"playStreams", playStreams(*v, f)},
      {"module", {{"resourceId", v->canonId}, {"resourceType", 1006}, {"resourceMd", ""}}},
      {"mute", false},
      {"liveType", 0}};
  if (a.openLiveSubtitle) content["subTitle"] = v->subtitle;
  return content;
}

json liveOne(const std::string& liveId, const Snapshot& s, const ContentFaults& f) {
  const MemberVod* v = s.memberVodById(liveId);
  if (!v) return nullptr;
  const Member* m = s.memberById(v->userId);
  json content = {{"liveId", v->liveId},
                  {"roomId", v->roomId},
                  {"onlineNum", std::stoi(counter(v->liveId, 20000))},
                  {"type", 1},
                  {"liveType", v->type == MemberVodType::Live ? 1 : 2},
                  {"review", true},
                  {"needForward", false},
                  {"systemMsg", ""},
                  {"title", v->title},
                  {"ctime", std::to_string(v->ctimeMs)},
                  {"user",
                   {{"userId", std::to_string(v->userId)},
                    {"userName", m ? nicknameOf(*m) : ""},
                    {"userAvatar", m ? m->avatar : ""},
                    {"level", 1}}},
                  {"topUser", json::array()},
                  {"mute", false}};
  if (!f.noStream) content["playStreamPath"] = v->playStreamPath;
  if (!v->msgFilePath.empty()) content["msgFilePath"] = v->msgFilePath;
  return content;
}

json groupTeamStar(const Snapshot& s) {
  json stars = json::array(), teams = json::array(), groups = json::array(),
       periods = json::array();
  for (const auto& m : s.data().members) {
    const auto group = groupById(m.groupId);
    const Team* team = s.teamById(m.teamId);
    stars.push_back({{"userId", m.userId},
                     {"realName", m.realName},
                     {"nickname", m.realName},
                     {"pinyin", m.pinyin},
                     {"groupId", m.groupId},
                     {"groupName", group ? group->name : (m.groupId == 15 ? "IDFT" : "")},
                     {"teamId", m.teamId},
                     {"teamName", team ? team->teamName : ""},
                     {"periodId", m.periodId},
                     {"joinTime", m.joinTime},
                     {"status", m.status},
                     {"avatar", m.avatar}});
  }
  for (const auto& t : s.data().teams) {
    json row = teamJson(t);
    row["status"] = t.active ? 1 : 0;
    teams.push_back(row);
  }
  for (const auto& g : allGroups()) {
    groups.push_back({{"groupId", g.groupId}, {"groupName", g.name}, {"status", 1}});
    periods.push_back({{"periodId", g.groupId * 100 + 1},
                       {"periodName", g.name + " 一期生"},
                       {"groupId", g.groupId}});
  }
  groups.push_back({{"groupId", 15}, {"groupName", "IDFT"}, {"status", 1}});
  return {{"starInfo", stars},
          {"teamInfo", teams},
          {"groupInfo", groups},
          {"periodInfo", periods},
          {"officialInfo", json::array()}};
}

}  // namespace kvm48::sim::v6
