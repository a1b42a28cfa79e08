// One performance VOD or member VOD with realistic content.
#include "civil_time.hpp"
#include "generator_parts.hpp"
#include "groups.hpp"
#include "ids.hpp"
#include "vocab.hpp"

namespace kvm48::sim {
namespace {

std::int64_t at(const char* text) {
  return parseShanghai(text);
}

// Teams of `groupId` that could perform at `when` (dissolved teams before 2020 only, the later
// group-level teams from 2019 on).
std::vector<int> teamsPerforming(const Dataset& roster, int groupId, std::int64_t when) {
  static const std::int64_t dissolved = at("2020-01-01"), merged = at("2019-01-01");
  std::vector<int> teams;
  for (const auto& t : roster.teams) {
    if (t.groupId != groupId || t.teamName == "预备生") continue;
    const bool groupLevel = t.teamName == "BEJ48" || t.teamName == "CKG48";
    if (!t.active && when >= dissolved) continue;
    if (groupLevel && when < merged) continue;
    teams.push_back(t.teamId);
  }
  return teams;
}

std::vector<const Member*> membersOf(const Dataset& roster, int teamId, int groupId) {
  std::vector<const Member*> out;
  for (const auto& m : roster.members) {
    if (teamId ? m.teamId == teamId : m.groupId == groupId) out.push_back(&m);
  }
  return out;
}

std::string randomTail(Rng& rng, int length) {
  static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string s;
  for (int i = 0; i < length; ++i) s += alphabet[rng.below(sizeof alphabet - 1)];
  return s;
}

const Team* teamById(const Dataset& roster, int teamId) {
  for (const auto& t : roster.teams) {
    if (t.teamId == teamId) return &t;
  }
  return nullptr;
}

}  // namespace

std::vector<int> activeClubs(std::int64_t when) {
  static const std::int64_t sisters = at("2016-06-01"), shy = at("2017-01-01"),
                            ckg = at("2017-05-01"), gone = at("2020-01-01"),
                            ckgBack = at("2024-01-01"), cgt = at("2023-06-01");
  std::vector<int> clubs = {1};
  if (when >= sisters) clubs.insert(clubs.end(), {2, 3});
  if (when >= shy && when < gone) clubs.push_back(4);
  if ((when >= ckg && when < gone) || when >= ckgBack) clubs.push_back(5);
  if (when >= cgt) clubs.push_back(6);
  return clubs;
}

std::int64_t showTimeOnDay(std::int64_t dayEpoch, Rng& rng) {
  static const std::vector<std::pair<int, int>> slots = {{19, 30}, {19, 0},  {18, 45}, {14, 0},
                                                         {13, 45}, {16, 45}, {19, 30}, {14, 30}};
  CivilTime c = epochToShanghai(dayEpoch);
  const auto& slot = rng.pick(slots);
  c.hour = slot.first;
  c.minute = slot.second;
  c.second = 0;
  return shanghaiToEpoch(c);
}

std::string mintCanonId(std::int64_t startTime, std::set<std::string>& used, std::uint32_t& counter,
                        Rng& rng) {
  for (;;) {
    std::string id;
    if (startTime < kV6CutoverEpoch) {
      id = objectIdFrom(startTime - rng.between(3600, 7 * 86400), counter++);
    } else {
      id = snowflakeFromMs(startTime * 1000 - rng.between(3600000, 10LL * 86400000));
    }
    if (used.insert(id).second) return id;
  }
}

PerfVod makePerfVod(const Dataset& roster, int club, std::int64_t start, std::string canonId,
                    Rng& rng) {
  const GroupInfo group = *groupByClub(club);
  PerfVod v;
  v.canonId = std::move(canonId);
  v.club = club;
  v.startTime = start;
  const auto teams = teamsPerforming(roster, group.groupId, start);
  const bool special = teams.empty() || rng.chance(0.12);
  const int teamId = special ? 0 : teams[rng.below(teams.size())];
  const auto cast = membersOf(roster, teamId, group.groupId);
  const std::string star = cast.empty() ? "莫寒" : cast[rng.below(cast.size())]->realName;
  if (special) {
    const double r = rng.unit();
    v.title =
        r < 0.5 ? rng.pick(vocab::specialShows()) : star + (r < 0.8 ? "生日会" : "咖啡店生日会");
    v.subtitle = r < 0.5 ? group.name + "特别公演" : "参加成员：" + star;
  } else {
    v.teamIds = {teamId};
    const std::string teamName = teamById(roster, teamId)->teamName;
    v.title = "《" + rng.pick(vocab::stagesOfClub(club)) + "》剧场公演";
    const double r = rng.unit();
    if (r < 0.62)
      v.subtitle = teamName + "剧场公演";
    else if (r < 0.84)
      v.subtitle = star + "生日公演";
    else if (r < 0.90)
      v.subtitle = teamName + "出道" + std::to_string(rng.between(2, 9)) + "周年";
    else if (r < 0.95)
      v.subtitle = "首演";
    // else: an empty subtitle (KVM48's regex allows it).
    for (std::size_t i = 0; i < cast.size() && v.performers.size() < 8; ++i) {
      if (rng.chance(0.6)) v.performers.push_back(cast[i]->realName);
    }
  }
  v.streams = streamsFor(v.canonId, club, start, rng);
  v.coverPath =
      "/mediasource/live/" + std::to_string(start * 1000 - 86400000) + randomTail(rng, 10) + ".jpg";
  return v;
}

MemberVod makeMemberVod(const Member& member, std::int64_t ctimeMs, Rng& rng) {
  static const std::int64_t idolVod = at("2022-01-01") * 1000;
  MemberVod v;
  v.liveId = snowflakeFromMs(ctimeMs);
  v.userId = member.userId;
  v.ctimeMs = ctimeMs;
  v.type = rng.chance(0.7) ? MemberVodType::Live : MemberVodType::Radio;
  v.title = rng.pick(v.type == MemberVodType::Live ? vocab::memberLiveTitles()
                                                   : vocab::memberRadioTitles());
  const std::string day = formatCompactDate(ctimeMs / 1000);
  v.coverPath = "/" + day + "/" + std::to_string(ctimeMs) + randomTail(rng, 8) + ".jpg";
  if (v.type == MemberVodType::Radio) {
    v.playStreamPath =
        "/mediasource/live/" + std::to_string(ctimeMs) + randomTail(rng, 10) + ".mp4";
  } else if (ctimeMs < idolVod) {
    v.playStreamPath = "http://cychengyuan-vod.48.cn/" + std::to_string(member.userId) + "/" + day +
                       "/cy/" + v.liveId + ".m3u8";
  } else {
    v.playStreamPath = "https://idol-vod.48.cn/" + day + "/" + v.liveId + ".m3u8";
  }
  const double r = rng.unit();
  if (r < 0.90)
    v.msgFilePath = "/mediasource/live/lrc/" + day + "/" + v.liveId + ".lrc";
  else if (r < 0.95)
    v.msgFilePath = "https://source.48.cn/live/lrc/" + day + "/" + v.liveId + ".lrc";
  v.roomId = std::to_string(3860000 + member.userId % 100000);
  return v;
}

}  // namespace kvm48::sim
