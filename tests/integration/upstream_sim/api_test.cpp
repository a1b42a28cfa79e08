// Koudai48 v6 performance endpoints and the request-header check.
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "dataset_expectations.hpp"
#include "html_query.hpp"
#include "sim_process.hpp"

using namespace kvm48::sim;
using namespace kvm48::sim::test;
using nlohmann::json;

namespace {

const std::string kOpenList = "/live/api/v1/live/getOpenLiveList";
const std::string kOpenOne = "/live/api/v1/live/getOpenLiveOne";

struct Walk {
  std::vector<std::string> ids;  // in the order served, duplicates included
  int pages = 0;
};

Walk walkOpenLiveList(const SimProcess& sim, int groupId) {
  Walk walk;
  json next = 0;
  for (;;) {
    const json r = sim.api(kOpenList, {{"groupId", groupId}, {"next", next}, {"record", true}});
    REQUIRE(r["status"] == 200);
    REQUIRE(r["success"] == true);
    const json& list = r["content"]["liveList"];
    REQUIRE(r["content"]["next"].is_string());
    if (list.empty()) break;
    ++walk.pages;
    for (const auto& item : list) {
      REQUIRE(item["liveId"].is_string());
      REQUIRE(item["stime"].is_string());
      walk.ids.push_back(item["liveId"]);
    }
    next = r["content"]["next"];
    REQUIRE(walk.pages < 1000);
  }
  return walk;
}

std::set<std::string> apiPerfIds(int groupId) {
  static const std::map<int, int> clubOf = {{10, 1}, {11, 2}, {12, 3}, {13, 4}, {14, 5}, {21, 6}};
  std::set<std::string> ids;
  for (const auto& v : testData().perfVods) {
    if (v.inApi && !v.upcoming && (!groupId || clubOf.at(groupId) == v.club)) ids.insert(v.canonId);
  }
  return ids;
}

std::map<std::string, std::string> streamsByName(const json& content) {
  std::map<std::string, std::string> out;
  for (const auto& s : content["playStreams"]) out[s["streamName"]] = s.value("streamPath", "");
  return out;
}

}  // namespace

TEST_CASE("v6 endpoints answer HTTP 403 without the required headers") {
  SimProcess sim;
  const std::string body = R"({"groupId":10,"next":0,"record":true})";
  auto headers = appHeaders();
  CHECK(sim.post(kOpenList, body, headers).status == 200);
  headers.erase("Referer");
  CHECK(sim.post(kOpenList, body, headers).status == 403);
  headers = appHeaders();
  headers.erase("appInfo");
  CHECK(sim.post(kOpenList, body, headers).status == 403);
  CHECK(sim.post(kOpenList, body, {{"Content-Type", "application/json"}}).status == 403);
}

TEST_CASE("serving with --require-headers none accepts KVM48's Content-Type-only requests") {
  SimProcess sim({"--require-headers", "none"});
  const HttpResult r = sim.post(kOpenList, R"({"groupId":10,"next":0,"record":true})",
                                {{"Content-Type", "application/json"}});
  CHECK(r.status == 200);
  CHECK(json::parse(r.body)["status"] == 200);
}

TEST_CASE("the envelope keeps status, success, message, content in order, ids as strings") {
  SimProcess sim;
  const HttpResult r =
      sim.post(kOpenList, R"({"groupId":0,"next":"0","record":"true"})", appHeaders());
  REQUIRE(r.status == 200);
  CHECK(r.body.rfind(R"({"status":200,"success":true,"message":"OK","content":{)", 0) == 0);
  const json first = json::parse(r.body)["content"]["liveList"][0];
  CHECK(first["liveId"].is_string());
  CHECK(first["stime"].is_string());
  CHECK(first["stime"].get<std::string>().size() == 13);
}

TEST_CASE("a getOpenLiveList cursor walk returns every performance VOD once after de-duplication") {
  SimProcess sim;
  for (const int group : {0, 10, 21}) {
    const Walk walk = walkOpenLiveList(sim, group);
    const std::set<std::string> unique(walk.ids.begin(), walk.ids.end());
    CHECK(unique == apiPerfIds(group));
    // The default quirk repeats the last item of a page at the top of the next one.
    CHECK(walk.ids.size() == unique.size() + static_cast<std::size_t>(walk.pages - 1));
  }
}

TEST_CASE("getOpenLiveList pages hold 20 items newest first and overlap can be switched off") {
  SimProcess sim;
  sim.control("POST", "/_sim/settings", {{"api", {{"openLiveOverlap", 0}}}});
  const json page = sim.api(kOpenList, {{"groupId", 0}, {"next", 0}, {"record", true}});
  const json& list = page["content"]["liveList"];
  REQUIRE(list.size() == 20);
  for (std::size_t i = 1; i < list.size(); ++i) {
    CHECK(std::stoll(list[i - 1]["stime"].get<std::string>()) >=
          std::stoll(list[i]["stime"].get<std::string>()));
  }
  CHECK(page["content"]["next"] == list.back()["liveId"]);
  const Walk walk = walkOpenLiveList(sim, 0);
  CHECK(walk.ids.size() == std::set<std::string>(walk.ids.begin(), walk.ids.end()).size());
}

TEST_CASE("the stime cursor mode pages by start time and reaches the same VODs") {
  SimProcess sim;
  sim.control("POST", "/_sim/settings", {{"api", {{"openLiveCursor", "stime"}}}});
  const json page = sim.api(kOpenList, {{"groupId", 0}, {"next", 0}, {"record", true}});
  CHECK(page["content"]["next"] == page["content"]["liveList"].back()["stime"]);
  const Walk walk = walkOpenLiveList(sim, 0);
  CHECK(std::set<std::string>(walk.ids.begin(), walk.ids.end()) == apiPerfIds(0));
}

TEST_CASE("record:false lists the announced shows, whose detail has no streams yet") {
  SimProcess sim;
  const json r = sim.api(kOpenList, {{"groupId", 0}, {"next", 0}, {"record", false}});
  const json& list = r["content"]["liveList"];
  REQUIRE(list.size() == 2);
  for (const auto& item : list) {
    CHECK(item["status"] == 1);
    const json one = sim.api(kOpenOne, {{"liveId", item["liveId"]}});
    CHECK(one["content"]["playStreams"].empty());
  }
}

TEST_CASE("getOpenLiveOne names the streams 标清, 高清, 超清 and accepts a numeric liveId") {
  SimProcess sim;
  const PerfVod& v = *siteVod(testData(), 2772);
  const json byString = sim.api(kOpenOne, {{"liveId", "324479006245982208"}});
  const json byNumber = sim.api(kOpenOne, {{"liveId", 324479006245982208ULL}});
  CHECK(byString == byNumber);
  const json& c = byString["content"];
  CHECK(c["liveId"] == "324479006245982208");
  CHECK(c["title"] == "《重生计划》剧场公演");
  CHECK(c["stime"] == "1555825500000");
  CHECK_FALSE(c.contains("subTitle"));
  const auto streams = streamsByName(c);
  CHECK(streams.at("标清") == v.streams.sd);
  CHECK(streams.at("高清") == v.streams.hd);
  CHECK(streams.at("超清") == v.streams.fhd);
  CHECK(c["playStreams"][0]["streamName"] == "标清");
}

TEST_CASE("getOpenLiveOne of an unknown id answers a non-success envelope") {
  SimProcess sim;
  const json r = sim.api(kOpenOne, {{"liveId", "111111111111111111"}});
  CHECK(r["status"] == 404);
  CHECK(r["success"] == false);
  CHECK(r["content"].is_null());
}

TEST_CASE("subTitle appears in lists and details when switched on") {
  SimProcess sim;
  sim.control("POST", "/_sim/settings", {{"api", {{"openLiveSubtitle", true}}}});
  CHECK(sim.api(kOpenOne, {{"liveId", "324479006245982208"}})["content"]["subTitle"] ==
        "莫寒生日公演");
  const json list = sim.api(kOpenList, {{"groupId", 0}, {"next", 0}, {"record", true}});
  CHECK(list["content"]["liveList"][0].contains("subTitle"));
}

TEST_CASE("a performance VOD is one record on the site and in the API, same canon id and streams") {
  SimProcess sim;
  const Dataset& d = testData();
  std::vector<const PerfVod*> both;
  for (const auto& v : d.perfVods) {
    if (v.inApi && v.l4cId) both.push_back(&v);
  }
  REQUIRE(both.size() > 10);
  for (const PerfVod* v : {both.front(), both[both.size() / 2], both.back()}) {
    const HtmlDoc page(sim.get("/Index/invedio/club/" + std::to_string(v->club) + "/id/" +
                               std::to_string(*v->l4cId))
                           .body);
    const std::string canon = page.first("//input[@id='vedio_id']/@value").value();
    const json one = sim.api(kOpenOne, {{"liveId", canon}});
    REQUIRE(one["status"] == 200);
    const auto streams = streamsByName(one["content"]);
    CHECK(streams.at("高清") == page.first("//input[@id='gao_url']/@value"));
    CHECK(streams.at("标清") == page.first("//input[@id='liuchang_url']/@value"));
    CHECK(one["content"]["stime"] == std::to_string(v->startTime * 1000));
  }
}

TEST_CASE("a body that is not a JSON object answers envelope status 400") {
  SimProcess sim;
  const HttpResult r = sim.post(kOpenList, "{groupId: 10", appHeaders());
  CHECK(r.status == 200);
  CHECK(json::parse(r.body)["status"] == 400);
  CHECK(json::parse(r.body)["success"] == false);
  CHECK(sim.get(kOpenList).status == 405);
  CHECK(sim.post("/live/api/v1/live/nothing", "{}", appHeaders()).status == 404);
}
