// Rows the generator pins to their real ids: the KVM48 server test fixture (UPSTREAM.md 4.8),
// the duplicate live.48.cn pages and the one true canon-id collision (4.6), and two member VODs
// from the 2019 API samples (2.1, 2.2).
#include "civil_time.hpp"
#include "generator_parts.hpp"

namespace kvm48::sim {
namespace {

PerfVod fixtureRow(int club, int l4cId, const char* canon, const char* title, const char* subtitle,
                   std::int64_t start, std::vector<int> teams, const char* abbr) {
  PerfVod v;
  v.canonId = canon;
  v.club = club;
  v.l4cId = l4cId;
  v.title = title;
  v.subtitle = subtitle;
  v.startTime = start;
  const std::string base = std::string("http://cychengyuan-vod.48.cn/") + abbr + "/20190421/9999-";
  v.streams.sd = base + "liuchang/" + canon + ".m3u8";
  v.streams.hd = base + "gaoqing/" + canon + ".m3u8";
  v.streams.fhd = v.streams.hd;
  v.teamIds = std::move(teams);
  v.inApi = true;
  v.coverPath = "/mediasource/live/1555670301617L2slw8tD09.jpg";
  return v;
}

// 2018 record-family row (club 3 collision pair): FHD is the gaoqing stream.
PerfVod collisionRow(int l4cId, const char* hdUrl, const char* sdUrl, const char* startText,
                     const char* title) {
  PerfVod v;
  v.canonId = "5bd81e5a0cf27e320898288b";
  v.club = 3;
  v.l4cId = l4cId;
  v.title = title;
  v.subtitle = "TEAM NIII剧场公演";
  v.startTime = parseShanghai(startText);
  v.streams.sd = sdUrl;
  v.streams.hd = hdUrl;
  v.streams.fhd = hdUrl;
  v.teamIds = {1202};
  return v;
}

}  // namespace

std::vector<PerfVod> pinnedPerfVods() {
  std::vector<PerfVod> rows;
  rows.push_back(fixtureRow(1, 2777, "324479006241787906", "X队出道四周年", "TEAM X剧场公演",
                            1555843500, {1004}, "snh"));
  rows.push_back(fixtureRow(1, 2774, "326091353251188736", "莫寒咖啡店生日会", "参加成员：莫寒",
                            1555836300, {}, "snh"));
  rows.push_back(fixtureRow(1, 2772, "324479006245982208", "《重生计划》剧场公演", "莫寒生日公演",
                            1555825500, {1001}, "snh"));
  rows.back().performers = {"莫寒"};
  rows.push_back(fixtureRow(2, 2775, "324918581187645440", "《UNIVERSE》剧场公演", "TeamE剧场公演",
                            1555845900, {1102}, "bej"));
  rows.push_back(fixtureRow(3, 2773, "324479006241787904", "《Fiona.N》剧场公演", "孙馨生日公演",
                            1555826400, {1202}, "gnz"));
  rows.push_back(collisionRow(1750,
                              "http://ts.snh48.com/record/2018-11-04/gaoqing/3001/"
                              "2018-11-04-18:45:07_2018-11-04-22:51:38.m3u8?beginTime="
                              "20181104190000&endTime=20181104225100",
                              "http://ts.snh48.com/record/2018-11-04/liuchang/3001/"
                              "2018-11-04-18:45:07_2018-11-04-22:51:38.m3u8?beginTime="
                              "20181104190000&endTime=20181104225100",
                              "2018-11-04 19:00:00", "《美少女的秘密》剧场公演"));
  rows.push_back(collisionRow(2451,
                              "http://ts.snh48.com/record/2018-11-09/gaoqing/3001/"
                              "2018-11-09-19:15:00_2018-11-09-22:14:00.m3u8?beginTime="
                              "20181109193000&endTime=20181109221300",
                              "http://ts.snh48.com/record/2018-11-09/liuchang/3001/"
                              "2018-11-09-19:15:00_2018-11-09-22:14:00.m3u8?beginTime="
                              "20181109193000&endTime=20181109221300",
                              "2018-11-09 19:30:00", "《马尾与发圈》剧场公演"));
  return rows;
}

const std::vector<int>& idsWithoutFhd() {
  static const std::vector<int> ids = {10, 623, 682, 749, 810, 811, 1295, 2152, 2585, 2586};
  return ids;
}

std::vector<MemberVod> pinnedMemberVods() {
  MemberVod radio;
  radio.liveId = "325214437644242944";
  radio.userId = 874698;
  radio.type = MemberVodType::Radio;
  radio.title = "唱歌电台";
  radio.ctimeMs = 1555466764126;
  radio.coverPath = "/20190416/1555387399078225ft9UL3r.jpg";
  radio.playStreamPath = "/mediasource/live/1555466764126Xq3mD9kP2a.mp4";
  radio.msgFilePath = "/mediasource/live/lrc/20190417/325214437644242944.lrc";
  radio.roomId = "3870027";
  MemberVod live;
  live.liveId = "324988455536627712";
  live.userId = 63558;
  live.type = MemberVodType::Live;
  live.title = "来聊天啦";
  live.ctimeMs = 1555412885793;
  live.coverPath = "/mediasource/live/1555412885793cover.jpg";
  live.playStreamPath = "http://cychengyuan-vod.48.cn/63558/20190416/cy/324988455536627712.m3u8";
  live.msgFilePath =
      "https://source.48.cn/live/lrc/20190416/01165e31-b3ab-4420-b7fe-5dfd28e851d9.lrc";
  live.roomId = "3869841";
  return {radio, live};
}

}  // namespace kvm48::sim
