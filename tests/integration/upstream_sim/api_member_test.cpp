// Koudai48 v6 member VOD endpoints (getLiveList, getLiveOne) and the roster.
#include <catch2/catch.hpp>
#include <set>

#include "dataset_expectations.hpp"
#include "sim_process.hpp"

using namespace kvm48::sim;
using namespace kvm48::sim::test;
using nlohmann::json;

namespace {

const std::string kList = "/live/api/v1/live/getLiveList";
const std::string kOne = "/live/api/v1/live/getLiveOne";

std::vector<json> walk(const SimProcess& sim, json request) {
  std::vector<json> items;
  request["next"] = 0;
  request["record"] = true;
  for (int pages = 0; pages < 1000; ++pages) {
    const json r = sim.api(kList, request);
    REQUIRE(r["status"] == 200);
    if (r["content"]["liveList"].empty()) break;
    for (const auto& item : r["content"]["liveList"]) items.push_back(item);
    request["next"] = r["content"]["next"];
  }
  return items;
}

}  // namespace

TEST_CASE("a getLiveList cursor walk returns every member VOD once, newest first") {
  SimProcess sim;
  const auto items = walk(sim, {{"groupId", 0}});
  std::set<std::string> ids;
  for (const auto& item : items) ids.insert(item["liveId"].get<std::string>());
  CHECK(ids.size() == items.size());
  CHECK(ids.size() == testData().memberVods.size());
  for (std::size_t i = 1; i < items.size(); ++i) {
    CHECK(std::stoll(items[i - 1]["ctime"].get<std::string>()) >
          std::stoll(items[i]["ctime"].get<std::string>()));
  }
}

TEST_CASE("member VOD items carry string ids and times, the live type and a GROUP-name nickname") {
  SimProcess sim;
  const auto items = walk(sim, {{"groupId", 0}});
  const auto pinned = std::find_if(items.begin(), items.end(), [](const json& i) {
    return i["liveId"] == "325214437644242944";
  });
  REQUIRE(pinned != items.end());
  CHECK((*pinned)["ctime"] == "1555466764126");
  CHECK((*pinned)["liveType"] == 2);
  CHECK((*pinned)["title"] == "唱歌电台");
  CHECK((*pinned)["userInfo"]["userId"] == "874698");
  CHECK((*pinned)["userInfo"]["nickname"] == "IDFT-鄢羽蝶");
  std::set<int> types;
  for (const auto& i : items) types.insert(i["liveType"].get<int>());
  CHECK(types == std::set<int>{1, 2});
}

TEST_CASE("getLiveList ignores userId when next is 0, then filters by it") {
  SimProcess sim;
  const json first = sim.api(kList, {{"userId", 35}, {"next", 0}, {"record", true}});
  std::set<std::string> owners;
  for (const auto& i : first["content"]["liveList"]) owners.insert(i["userInfo"]["userId"]);
  CHECK(owners.size() > 1);  // the all-groups list
  const json anchor = first["content"]["liveList"][0]["liveId"];
  const json filtered = sim.api(kList, {{"userId", 35}, {"next", anchor}, {"record", true}});
  for (const auto& i : filtered["content"]["liveList"]) CHECK(i["userInfo"]["userId"] == "35");
  sim.control("POST", "/_sim/settings", {{"api", {{"userIdIgnoredAtStart", false}}}});
  const json direct = sim.api(kList, {{"userId", 35}, {"next", 0}, {"record", true}});
  for (const auto& i : direct["content"]["liveList"]) CHECK(i["userInfo"]["userId"] == "35");
}

TEST_CASE("getLiveList with groupId and userId returns the whole group") {
  SimProcess sim;
  const json anchor =
      sim.api(kList, {{"next", 0}, {"record", true}})["content"]["liveList"][0]["liveId"];
  const json r =
      sim.api(kList, {{"userId", 35}, {"groupId", 12}, {"next", anchor}, {"record", true}});
  REQUIRE_FALSE(r["content"]["liveList"].empty());
  for (const auto& i : r["content"]["liveList"]) {
    CHECK(i["userInfo"]["nickname"].get<std::string>().rfind("GNZ48-", 0) == 0);
  }
}

TEST_CASE("getLiveOne gives the VOD and danmaku paths, relative ones for the resource base") {
  SimProcess sim;
  const json radio = sim.api(kOne, {{"liveId", "325214437644242944"}})["content"];
  CHECK(radio["playStreamPath"].get<std::string>().rfind("/mediasource/", 0) == 0);
  CHECK(radio["msgFilePath"] == "/mediasource/live/lrc/20190417/325214437644242944.lrc");
  CHECK(radio["liveType"] == 2);
  const json live = sim.api(kOne, {{"liveId", "324988455536627712"}})["content"];
  CHECK(live["playStreamPath"] ==
        "http://cychengyuan-vod.48.cn/63558/20190416/cy/324988455536627712.m3u8");
  CHECK(live["user"]["userName"] == "SNH48-洪珮雲");
  int withoutDanmaku = 0;
  for (const auto& v : testData().memberVods) {
    if (!v.msgFilePath.empty()) continue;
    ++withoutDanmaku;
    CHECK_FALSE(sim.api(kOne, {{"liveId", v.liveId}})["content"].contains("msgFilePath"));
    if (withoutDanmaku == 3) break;
  }
  CHECK(withoutDanmaku > 0);
  CHECK(sim.api(kOne, {{"liveId", "1"}})["status"] == 404);
}

TEST_CASE("record:false on getLiveList lists no one live") {
  SimProcess sim;
  CHECK(sim.api(kList, {{"next", 0}, {"record", false}})["content"]["liveList"].empty());
}

TEST_CASE("the roster endpoint lists groups, teams and every member") {
  SimProcess sim;
  const json r = sim.api("/user/api/v1/client/update/group_team_star", json::object());
  REQUIRE(r["status"] == 200);
  const json& c = r["content"];
  CHECK(c["starInfo"].size() == testData().members.size());
  const auto mohan = std::find_if(c["starInfo"].begin(), c["starInfo"].end(),
                                  [](const json& s) { return s["userId"] == 35; });
  REQUIRE(mohan != c["starInfo"].end());
  CHECK((*mohan)["realName"] == "莫寒");
  CHECK((*mohan)["teamName"] == "TEAM SII");
  CHECK((*mohan)["groupName"] == "SNH48");
  CHECK(c["teamInfo"].size() == testData().teams.size());
  std::set<int> groups;
  for (const auto& g : c["groupInfo"]) groups.insert(g["groupId"].get<int>());
  CHECK(groups.count(21) == 1);
}

TEST_CASE("with foreignItemsInUserPages a member's pages hold other members' items too") {
  SimProcess sim;
  sim.control("POST", "/_sim/settings", {{"api", {{"foreignItemsInUserPages", true}}}});
  const json anchor =
      sim.api(kList, {{"next", 0}, {"record", true}})["content"]["liveList"][0]["liveId"];
  std::set<std::string> owners;
  std::size_t mine = 0, total = 0;
  json next = anchor;
  for (int pages = 0; pages < 100; ++pages) {
    const json r = sim.api(kList, {{"userId", 35}, {"next", next}, {"record", true}});
    if (r["content"]["liveList"].empty()) break;
    for (const auto& i : r["content"]["liveList"]) {
      owners.insert(i["userInfo"]["userId"].get<std::string>());
      mine += i["userInfo"]["userId"] == "35";
      ++total;
    }
    next = r["content"]["next"];
  }
  CHECK(owners.size() > 1);
  CHECK(total == testData().memberVods.size() - 1);  // every VOD older than the anchor
  std::size_t expected = 0;
  for (const auto& v : testData().memberVods) expected += v.userId == 35 && v.liveId != anchor;
  CHECK(mine == expected);
}
