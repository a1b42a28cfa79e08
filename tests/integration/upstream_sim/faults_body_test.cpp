// Faults that change what is answered: truncated and malformed bodies, missing streams,
// duplicates across pages, API-level errors.
#include <catch2/catch.hpp>
#include <regex>

#include "dataset_expectations.hpp"
#include "html_query.hpp"
#include "sim_process.hpp"

using namespace kvm48::sim;
using namespace kvm48::sim::test;
using nlohmann::json;

namespace {

const std::string kList1 = "/Index/main/club/1/p/1.html";
const std::string kVod = "/Index/invedio/club/1/id/2772";
const std::string kLinks =
    "//*[" + hasClass("videolist") + "]//*[" + hasClass("videos") + "]//a/@href";

void addRule(const SimProcess& sim, const json& rule) {
  sim.control("POST", "/_sim/faults", json::array({rule}));
}

}  // namespace

TEST_CASE("a truncate fault announces the full length and sends less") {
  SimProcess sim;
  const std::string full = sim.get(kVod).body;
  addRule(sim, {{"match", "site.vod"}, {"kind", "truncate"}, {"bytes", 300}, {"count", 1}});
  const HttpResult r = sim.get(kVod);
  CHECK(std::stoul(r.headers.at("Content-Length")) == full.size());
  CHECK(r.body == full.substr(0, 300));
  CHECK(sim.get(kVod).body == full);
}

TEST_CASE("malformed page variants break exactly the element they name") {
  SimProcess sim;
  const auto once = [&](const char* match, const char* variant) {
    addRule(sim, {{"match", match}, {"kind", "malformed"}, {"variant", variant}, {"count", 1}});
  };
  once("site.list", "no-pskip");
  CHECK_FALSE(HtmlDoc(sim.get(kList1).body).first("//*[" + hasClass("p-skip") + "]"));
  once("site.list", "no-links");
  CHECK(HtmlDoc(sim.get(kList1).body).all(kLinks).empty());
  once("site.vod", "title2-newline");
  const std::string title2 =
      HtmlDoc(sim.get(kVod).body).first("//*[" + hasClass("title2") + "]").value();
  CHECK(title2 == "莫寒生日公演 \n2019-04-21 13:45:00");
  once("site.vod", "no-vedio-id");
  CHECK_FALSE(HtmlDoc(sim.get(kVod).body).first("//input[@id='vedio_id']"));
  once("site.list", "garbage");
  const HttpResult garbage = sim.get(kList1);
  CHECK(garbage.status == 200);
  CHECK(HtmlDoc(garbage.body).all(kLinks).empty());
  once("site.vod", "cut");
  const HttpResult cut = sim.get(kVod);
  CHECK(cut.body.size() == std::stoul(cut.headers.at("Content-Length")));
  CHECK(cut.body.find("</html>") == std::string::npos);
  // Each rule fired once; the page is whole again.
  CHECK(HtmlDoc(sim.get(kVod).body).first("//input[@id='vedio_id']/@value") ==
        "324479006245982208");
}

TEST_CASE("a malformed API answer is an HTML page instead of JSON") {
  SimProcess sim;
  addRule(sim, {{"match", "api.getOpenLiveList"}, {"kind", "malformed"}, {"count", 1}});
  const HttpResult r = sim.post("/live/api/v1/live/getOpenLiveList", "{}", appHeaders());
  CHECK(r.status == 200);
  CHECK(r.headers.at("Content-Type").find("text/html") == 0);
  CHECK_THROWS(json::parse(r.body));
}

TEST_CASE("a noStream fault serves a VOD with no stream at all, on the site and in the API") {
  SimProcess sim;
  addRule(sim, {{"match", "site.vod"}, {"kind", "noStream"}, {"count", 1}});
  addRule(sim, {{"match", "api.getOpenLiveOne"}, {"kind", "noStream"}, {"count", 1}});
  const HtmlDoc page(sim.get(kVod).body);
  CHECK(page.first("//input[@id='vedio_id']/@value") == "324479006245982208");
  for (const char* id : {"liuchang_url", "gao_url", "chao_url"}) {
    CHECK_FALSE(page.first(std::string("//input[@id='") + id + "']"));
  }
  const json one = sim.api("/live/api/v1/live/getOpenLiveOne", {{"liveId", "324479006245982208"}});
  CHECK(one["content"]["playStreams"].empty());
}

TEST_CASE("a duplicates fault repeats the previous page's last items at the top of the next") {
  SimProcess sim;
  const auto page1 = HtmlDoc(sim.get(kList1).body).all(kLinks);
  addRule(sim, {{"match", "site.list"}, {"kind", "duplicates"}, {"items", 2}, {"count", 1}});
  const auto page2 = HtmlDoc(sim.get("/Index/main/club/1/p/2.html").body).all(kLinks);
  REQUIRE(page2.size() == 17);  // the repeated items, then the page's own 15
  CHECK(page2[0] == page1[13]);
  CHECK(page2[1] == page1[14]);
  sim.control("POST", "/_sim/settings", {{"api", {{"openLiveOverlap", 0}}}});
  addRule(sim, {{"match", "api.getOpenLiveList"},
                {"kind", "duplicates"},
                {"items", 3},
                {"skip", 1},
                {"count", 1}});
  const json first = sim.api("/live/api/v1/live/getOpenLiveList", {{"next", 0}, {"record", true}});
  const json second = sim.api("/live/api/v1/live/getOpenLiveList",
                              {{"next", first["content"]["next"]}, {"record", true}});
  const auto& a = first["content"]["liveList"];
  const auto& b = second["content"]["liveList"];
  CHECK(b[0]["liveId"] == a[a.size() - 3]["liveId"]);
  CHECK(b[2]["liveId"] == a[a.size() - 1]["liveId"]);
}

TEST_CASE("apiError and emptyContent faults answer HTTP 200 with the envelope") {
  SimProcess sim;
  addRule(sim, {{"match", "api.getLiveList"},
                {"kind", "apiError"},
                {"apiStatus", 401004},
                {"message", "登录口袋失败"},
                {"count", 1}});
  addRule(sim, {{"match", "api.getLiveOne"}, {"kind", "emptyContent"}, {"count", 1}});
  const json error = sim.api("/live/api/v1/live/getLiveList", {{"next", 0}, {"record", true}});
  CHECK(error["status"] == 401004);
  CHECK(error["success"] == false);
  CHECK(error["message"] == "登录口袋失败");
  const json empty = sim.api("/live/api/v1/live/getLiveOne", {{"liveId", "325214437644242944"}});
  CHECK(empty["status"] == 200);
  CHECK(empty["content"] == json::object());
  CHECK(sim.api("/live/api/v1/live/getLiveList", {{"next", 0}, {"record", true}})["status"] == 200);
}

TEST_CASE("a status fault on the API can answer 403 like the upstream's block") {
  SimProcess sim;
  addRule(sim, {{"match", "api.*"}, {"kind", "status"}, {"status", 403}, {"count", 1}});
  const HttpResult r = sim.post("/live/api/v1/live/getOpenLiveList", "{}", appHeaders());
  CHECK(r.status == 403);
  CHECK(r.body.find("403 Forbidden") != std::string::npos);
}
