// The answer parsers of koudai48_v6 on their own (compiled into the test from the
// plugin's sources): the envelope, ids and millisecond times as text, resource
// URLs, the list, detail and roster answers of UPSTREAM.md 2 and 6.1.
#include <catch2/catch.hpp>

#include "member_answers.hpp"
#include "perf_answers.hpp"
#include "resource_url.hpp"
#include "roster_answer.hpp"
#include "wire_json.hpp"

using namespace koudai48;
using nlohmann::json;

namespace {

kvm48::Status envelope_of(const std::string& body, json& content) {
  return read_envelope("getOpenLiveList", body, content);
}

}  // namespace

TEST_CASE("envelope: a success gives the content") {
  json content;
  const auto status = envelope_of(
      R"({"status":200,"success":true,"message":"OK","content":{"next":"0","liveList":[]}})",
      content);
  REQUIRE(status.ok());
  CHECK(content.at("next") == "0");
}

TEST_CASE("envelope: a non-success status is an error naming the status and the message") {
  json content;
  auto status = envelope_of(
      R"({"status":401004,"success":false,"message":"登录口袋失败","content":null})", content);
  CHECK(status.code() == kvm48::StatusCode::unavailable);
  CHECK(status.message() == "getOpenLiveList: API status 401004: 登录口袋失败");
  status =
      envelope_of(R"({"status":400,"success":false,"message":"参数错误","content":null})", content);
  CHECK(status.code() == kvm48::StatusCode::unavailable);
  CHECK(status.message().find("API status 400: 参数错误") != std::string::npos);
  status = envelope_of(R"({"status":404,"success":false,"message":"直播不存在"})", content);
  CHECK(status.code() == kvm48::StatusCode::not_found);
  CHECK(status.message().find("404") != std::string::npos);
  // status 200 but success false is still a failure
  status =
      envelope_of(R"({"status":200,"success":false,"message":"x","content":{"a":1}})", content);
  CHECK(status.code() == kvm48::StatusCode::unavailable);
}

TEST_CASE("envelope: an empty, null or missing content is invalid data") {
  json content;
  for (const char* body : {R"({"status":200,"success":true,"message":"OK","content":{}})",
                           R"({"status":200,"success":true,"message":"OK","content":null})",
                           R"({"status":200,"success":true,"message":"OK"})"}) {
    INFO(body);
    const auto status = envelope_of(body, content);
    CHECK(status.code() == kvm48::StatusCode::invalid_data);
    CHECK(status.message().find("empty content") != std::string::npos);
  }
}

TEST_CASE("envelope: HTML or a non-envelope is invalid data") {
  json content;
  auto status = envelope_of("<html><body>blocked</body></html>", content);
  CHECK(status.code() == kvm48::StatusCode::invalid_data);
  CHECK(status.message().find("HTML") != std::string::npos);
  CHECK(envelope_of(R"({"content":{}})", content).code() == kvm48::StatusCode::invalid_data);
  CHECK(envelope_of(R"([1,2])", content).code() == kvm48::StatusCode::invalid_data);
  CHECK(envelope_of(R"({"status":200,"content":[1]})", content).code() ==
        kvm48::StatusCode::invalid_data);
}

TEST_CASE("ids and times: 19-digit strings and numbers keep every digit") {
  const json item = json::parse(
      R"({"a":"1310392482355023872","b":1310392482355023872,"c":"1555825500000",
          "d":18446744073709551615,"e":1.5,"f":"12x","g":null,"h":"-7"})");
  CHECK(text(item, "a") == "1310392482355023872");
  CHECK(text(item, "b") == "1310392482355023872");
  CHECK(text(item, "d") == "18446744073709551615");
  CHECK(integer(item, "c") == 1555825500000);
  CHECK(integer(item, "b") == 1310392482355023872);
  CHECK(integer(item, "h") == -7);
  CHECK_THROWS_AS(integer(item, "d"), WireError);  // beyond int64
  CHECK_THROWS_AS(text(item, "e"), WireError);     // a fraction is no id
  CHECK_THROWS_AS(integer(item, "f"), WireError);
  CHECK_THROWS_AS(text(item, "g"), WireError);
  CHECK_THROWS_AS(text(item, "missing"), WireError);
  CHECK(integer_or(item, "g", 5) == 5);
  CHECK_FALSE(optional_text(item, "missing"));
  // A number too long for 64 bits is a double in nlohmann: refused, not rounded.
  const json huge = json::parse(R"({"id":123456789012345678901234})");
  CHECK_THROWS_AS(text(huge, "id"), WireError);
  CHECK_FALSE(parse_int64(""));
  CHECK_FALSE(parse_int64(" 1"));
  CHECK_FALSE(parse_int64("1.0"));
  CHECK(parse_int64("9223372036854775807") == INT64_MAX);
  CHECK_FALSE(parse_int64("9223372036854775808"));
}

TEST_CASE("resource paths resolve like urljoin against the resource base") {
  const std::string base = "https://source.48.cn/";
  CHECK(resolve_resource(base, "/mediasource/live/1.jpg") ==
        "https://source.48.cn/mediasource/live/1.jpg");
  CHECK(resolve_resource(base, "20190416/1.jpg") == "https://source.48.cn/20190416/1.jpg");
  CHECK(resolve_resource(base, "http://cychengyuan-vod.48.cn/63558/x.m3u8") ==
        "http://cychengyuan-vod.48.cn/63558/x.m3u8");
  CHECK(resolve_resource(base, "https://source.48.cn/live/lrc/a.lrc") ==
        "https://source.48.cn/live/lrc/a.lrc");
  CHECK(resolve_resource(base, "//mp4.48.cn/a.mp4") == "https://mp4.48.cn/a.mp4");
  CHECK(resolve_resource(base, "") == std::nullopt);
  CHECK(resolve_resource(base, "  ") == std::nullopt);
  CHECK(resolve_resource("http://127.0.0.1:9000/res/", "a/../b/./c.jpg?x=1") ==
        "http://127.0.0.1:9000/res/b/c.jpg?x=1");
  CHECK(resolve_resource("http://127.0.0.1:9000/res/index.html", "c.jpg") ==
        "http://127.0.0.1:9000/res/c.jpg");
  CHECK(resolve_resource("http://127.0.0.1:9000/res/", "/c.jpg") == "http://127.0.0.1:9000/c.jpg");
  CHECK(resolve_resource(base, "../../x.jpg") == "https://source.48.cn/x.jpg");
}

TEST_CASE("getOpenLiveList: items become perf VODs with group, teams, cover and start time") {
  const json content = json::parse(R"({"next":"324479006229204992","liveList":[
    {"liveId":"324479006245982208","title":"《重生计划》剧场公演",
     "coverPath":"/mediasource/live/1555670301617L2slw8tD09.jpg","status":4,
     "stime":"1555825500000","liveType":0,
     "teamList":[{"teamId":1001,"groupId":10,"teamName":"TEAM SII",
                  "teamLogo":"/mediasource/teamLogo2/all/snh48_s2.png","teamColor":"90CCEA"}]},
    {"liveId":"1310392482355023872","title":"星梦mini live","subTitle":"",
     "coverPath":"","status":4,"stime":"1555493100999","teamList":[],"liveType":0},
    {"liveId":"324479006229204993","title":"x","subTitle":"莫寒生日公演",
     "stime":1555493100000}]})");
  const auto page = parse_open_live_page(content, kvm48::Group::snh48, "https://source.48.cn/");
  CHECK(page.next == "324479006229204992");
  REQUIRE(page.items.size() == 3);
  const auto& first = page.items[0].vod;
  CHECK(first.id == "324479006245982208");
  CHECK(first.group == kvm48::Group::snh48);
  CHECK(first.title == "《重生计划》剧场公演");
  CHECK(first.start_time == 1555825500);
  CHECK(page.items[0].stime_ms == 1555825500000);
  CHECK(first.cover_url == "https://source.48.cn/mediasource/live/1555670301617L2slw8tD09.jpg");
  CHECK(first.teams == std::vector<kvm48::TeamRef>{{1001, "TEAM SII"}});
  CHECK_FALSE(first.subtitle);
  CHECK_FALSE(first.l4c_id);
  const auto& second = page.items[1].vod;
  CHECK(second.id == "1310392482355023872");
  CHECK(second.start_time == 1555493100);  // ms / 1000, truncated
  CHECK_FALSE(second.cover_url);
  CHECK(second.teams.empty());
  CHECK_FALSE(second.subtitle);  // an empty subTitle does not erase another source's
  CHECK(page.items[2].vod.subtitle == "莫寒生日公演");
}

TEST_CASE("getOpenLiveList: a malformed item names the item and the field") {
  const auto bad_time =
      json::parse(R"({"next":"1","liveList":[{"liveId":"5","title":"t","stime":"soon"}]})");
  try {
    parse_open_live_page(bad_time, kvm48::Group::bej48, "https://source.48.cn/");
    FAIL("no error");
  } catch (const WireError& e) {
    CHECK(std::string(e.what()) == "liveList[0]: liveId 5: 'stime' is 'soon', not an integer");
  }
  CHECK_THROWS_AS(parse_open_live_page(json::parse(R"({"next":"1"})"), kvm48::Group::snh48, ""),
                  WireError);
  CHECK_THROWS_AS(parse_open_live_page(json::parse(R"({"liveList":[{"title":"t","stime":"1"}]})"),
                                       kvm48::Group::snh48, ""),
                  WireError);
}

TEST_CASE("getOpenLiveOne: streams by name, missing paths and an empty list") {
  kvm48::PerfVod vod;
  const auto content = json::parse(R"({"playStreams":[
    {"streamName":"标清","streamPath":"http://v/9999-liuchang/1.m3u8","streamType":1},
    {"streamName":"高清","streamPath":"http://v/9999-gaoqing/1.m3u8","streamType":2},
    {"streamName":"超清","streamType":3}]})");
  CHECK(apply_open_live_one(content, "https://source.48.cn/", vod));
  CHECK(vod.sd_stream == "http://v/9999-liuchang/1.m3u8");
  CHECK(vod.hd_stream == "http://v/9999-gaoqing/1.m3u8");
  CHECK_FALSE(vod.fhd_stream);
  kvm48::PerfVod none;
  CHECK_FALSE(apply_open_live_one(json::parse(R"({"playStreams":[]})"), "", none));
  CHECK_FALSE(apply_open_live_one(json::parse(R"({"liveId":"1"})"), "", none));
  CHECK_FALSE(apply_open_live_one(
      json::parse(R"({"playStreams":[{"streamName":"标清","streamPath":""}]})"), "", none));
}

TEST_CASE("getLiveList: member, nickname, type from liveType and the start time") {
  const json content = json::parse(R"({"next":"325032930535346176","liveList":[
    {"liveId":"325214437644242944","title":"唱歌电台","coverPath":"/20190416/1.jpg",
     "liveType":2,"status":3,"ctime":"1555466764126",
     "userInfo":{"userId":"874698","nickname":"IDFT-鄢羽蝶"}},
    {"liveId":"325214437644242945","title":"直播","liveType":1,"ctime":"1555466764999",
     "userInfo":{"userId":35,"nickname":"SNH48-莫寒"}},
    {"liveId":"325214437644242946","title":"游戏","liveType":5,"ctime":"1",
     "userInfo":{"userId":"36","nickname":"nobody"}}]})");
  const auto page = parse_live_page(content, "https://source.48.cn/");
  CHECK(page.next == "325032930535346176");
  REQUIRE(page.items.size() == 3);
  const auto& radio = page.items[0].vod;
  CHECK(radio.id == "325214437644242944");
  CHECK(radio.member_id == 874698);
  CHECK(radio.member_name == "鄢羽蝶");
  CHECK_FALSE(radio.group);  // IDFT has no archive group
  CHECK(page.items[0].nickname_group == "IDFT");
  CHECK(radio.type == kvm48::MemberVodType::radio);
  CHECK(radio.start_time_ms == 1555466764126);
  CHECK(radio.cover_url == "https://source.48.cn/20190416/1.jpg");
  const auto& live = page.items[1].vod;
  CHECK(live.type == kvm48::MemberVodType::live);
  CHECK(live.group == kvm48::Group::snh48);
  CHECK(live.app_group_id == 10);
  CHECK(live.member_name == "莫寒");
  CHECK_FALSE(live.cover_url);
  CHECK(page.items[2].vod.type == kvm48::MemberVodType::radio);  // anything but 1
  CHECK(page.items[2].vod.member_name.empty());
  CHECK(page.items[2].nickname_group.empty());
  CHECK_THROWS_AS(parse_live_page(json::parse(R"({"liveList":[{"liveId":"1","ctime":"1"}]})"), ""),
                  WireError);
}

TEST_CASE("nicknames split as KVM48's GROUP-名字 pattern") {
  CHECK(split_nickname("SNH48-莫寒") == std::make_pair(std::string("SNH48"), std::string("莫寒")));
  CHECK_FALSE(split_nickname("莫寒"));
  CHECK_FALSE(split_nickname("-莫寒"));
  CHECK_FALSE(split_nickname("SNH48-"));
  CHECK_FALSE(split_nickname("SNH48-莫-寒"));
  CHECK_FALSE(split_nickname("SNH48-莫 寒"));
}

TEST_CASE("getLiveOne: VOD and danmaku files resolved, danmaku may be absent") {
  kvm48::MemberVod vod;
  CHECK(apply_live_one(json::parse(R"({"playStreamPath":"/mediasource/live/a.mp4",
      "msgFilePath":"https://source.48.cn/live/lrc/b.lrc"})"),
                       "https://source.48.cn/", vod));
  CHECK(vod.vod_url == "https://source.48.cn/mediasource/live/a.mp4");
  CHECK(vod.danmaku_url == "https://source.48.cn/live/lrc/b.lrc");
  kvm48::MemberVod bare;
  CHECK(apply_live_one(json::parse(R"({"playStreamPath":"http://mp4.48.cn/a.m3u8"})"), "", bare));
  CHECK_FALSE(bare.danmaku_url);
  kvm48::MemberVod none;
  CHECK_FALSE(apply_live_one(json::parse(R"({"liveId":"1"})"), "", none));
}

TEST_CASE("group_team_star: teams and members, dissolved teams and placeholder values") {
  const json content = json::parse(R"({
    "teamInfo":[{"teamId":1001,"teamName":"TEAM SII","groupId":10,"teamColor":"90CCEA","status":1},
                {"teamId":1301,"teamName":"TEAM SIII","groupId":13,"teamColor":"e70095","status":0},
                {"teamId":1501,"teamName":"IDFT","groupId":15,"teamColor":""},
                {"teamId":0,"teamName":"bad"}],
    "starInfo":[{"userId":35,"realName":"莫寒","pinyin":"mo han","groupId":10,"teamId":1001,
                 "teamName":"TEAM SII","joinTime":"2012-10-14","status":3,
                 "avatar":"/mediasource/avatar/1.jpg"},
                {"userId":874698,"realName":"鄢羽蝶","groupId":15,"teamId":1501,"joinTime":"-",
                 "pinyin":"0","avatar":"https://source.48.cn/2.jpg"},
                {"userId":9,"realName":"","groupId":10},
                {"userId":"77","realName":"甲","groupId":21,"teamId":0}],
    "groupInfo":[],"periodInfo":[]})");
  const Roster roster = parse_roster(content, "https://source.48.cn/");
  REQUIRE(roster.teams.size() == 3);
  CHECK(roster.teams[0] ==
        kvm48::Team{1001, "TEAM SII", 10, kvm48::Group::snh48, std::string("90CCEA"), true});
  CHECK(roster.teams[1].group == kvm48::Group::shy48);
  CHECK_FALSE(roster.teams[1].active);
  CHECK_FALSE(roster.teams[2].group);
  CHECK_FALSE(roster.teams[2].color);
  REQUIRE(roster.members.size() == 3);
  const auto& mohan = roster.members[0];
  CHECK(mohan.id == 35);
  CHECK(mohan.name == "莫寒");
  CHECK(mohan.pinyin == "mo han");
  CHECK(mohan.group == kvm48::Group::snh48);
  CHECK(mohan.app_group_id == 10);
  CHECK(mohan.team == kvm48::TeamRef{1001, "TEAM SII"});
  CHECK(mohan.join_date == "2012-10-14");
  CHECK(mohan.status == 3);
  CHECK(mohan.avatar_url == "https://source.48.cn/mediasource/avatar/1.jpg");
  const auto& idft = roster.members[1];
  CHECK(idft.team == kvm48::TeamRef{1501, "IDFT"});  // the name from teamInfo
  CHECK_FALSE(idft.group);
  CHECK_FALSE(idft.join_date);
  CHECK_FALSE(idft.pinyin);
  CHECK(idft.avatar_url == "https://source.48.cn/2.jpg");
  CHECK(roster.members[2].group == kvm48::Group::cgt48);
  CHECK_FALSE(roster.members[2].team);
  REQUIRE(roster.problems.size() == 2);
  CHECK(roster.problems[0].rfind("teamInfo[3]: ", 0) == 0);
  CHECK(roster.problems[1].rfind("starInfo[2]: ", 0) == 0);
  CHECK_THROWS_AS(parse_roster(json::parse(R"({"teamInfo":[]})"), ""), WireError);
}
