// The /_sim control endpoint (stats, publish, reset, settings, dataset) and process lifecycle.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>

#include "dataset_expectations.hpp"
#include "html_query.hpp"
#include "sim_process.hpp"

using namespace kvm48::sim;
using namespace kvm48::sim::test;
using nlohmann::json;

namespace {
const std::string kLinks =
    "//*[" + hasClass("videolist") + "]//*[" + hasClass("videos") + "]//a/@href";
}

TEST_CASE("stats count the requests served per route and per path, control calls excluded") {
  SimProcess sim;
  sim.get("/Index/main/club/1/p/1.html");
  sim.get("/Index/main/club/1/p/2.html");
  sim.get("/Index/main/club/2");
  sim.get("/Index/invedio/club/1/id/2772");
  sim.get("/Index/invideo/club/1/id/2772");
  sim.api("/live/api/v1/live/getOpenLiveList", {{"next", 0}, {"record", true}});
  sim.api("/live/api/v1/live/getLiveOne", {{"liveId", "325214437644242944"}});
  const json stats = sim.control("GET", "/_sim/stats?paths=1");
  CHECK(stats["total"] == 7);
  CHECK(stats["routes"]["site.list"] == 2);
  CHECK(stats["routes"]["site.index"] == 1);
  CHECK(stats["routes"]["site.vod"] == 2);
  CHECK(stats["routes"]["api.getOpenLiveList"] == 1);
  CHECK(stats["routes"]["api.getLiveOne"] == 1);
  CHECK_FALSE(stats["routes"].contains("control"));
  CHECK(stats["paths"]["/Index/invedio/club/1/id/2772"] == 1);
  CHECK(stats["outcomes"]["200"] == 7);
  CHECK(stats["serviceMicros"]["site.vod"] > 0);
  sim.del("/_sim/stats");
  CHECK(sim.control("GET", "/_sim/stats")["total"] == 0);
}

TEST_CASE("publish makes new VODs appear on page 1 and first in the API lists") {
  SimProcess sim;
  const auto before = HtmlDoc(sim.get("/Index/main/club/1/p/1.html").body).all(kLinks);
  const json added =
      sim.control("POST", "/_sim/publish", {{"perf", 3}, {"member", 2}, {"clubs", {1}}});
  REQUIRE(added["perfVods"].size() == 3);
  REQUIRE(added["memberVods"].size() == 2);
  const auto after = HtmlDoc(sim.get("/Index/main/club/1/p/1.html").body).all(kLinks);
  for (int i = 0; i < 3; ++i) {
    const json& v = added["perfVods"][static_cast<std::size_t>(2 - i)];
    CHECK(after[static_cast<std::size_t>(i)] ==
          "/Index/invedio/club/1/id/" + std::to_string(v["l4cId"].get<int>()));
    const HtmlDoc page(sim.get(after[static_cast<std::size_t>(i)]).body);
    CHECK(page.first("//input[@id='vedio_id']/@value") == v["canonId"]);
  }
  CHECK(after[3] == before[0]);
  const json perf = sim.api("/live/api/v1/live/getOpenLiveList", {{"next", 0}, {"record", true}});
  CHECK(perf["content"]["liveList"][0]["liveId"] == added["perfVods"][2]["canonId"]);
  const json members = sim.api("/live/api/v1/live/getLiveList", {{"next", 0}, {"record", true}});
  CHECK(members["content"]["liveList"][0]["liveId"] == added["memberVods"][1]["liveId"]);
  const Dataset current = datasetFromJson(sim.get("/_sim/dataset").body, "GET /_sim/dataset");
  CHECK(current.perfVods.size() == testData().perfVods.size() + 3);
}

TEST_CASE("publishing is deterministic for a dataset and undone by reset") {
  SimProcess a, b;
  const json one = a.control("POST", "/_sim/publish", {{"perf", 2}});
  CHECK(one == b.control("POST", "/_sim/publish", {{"perf", 2}}));
  a.control("POST", "/_sim/faults", json::array({{{"kind", "status"}, {"match", "site.*"}}}));
  a.get("/Index/main/club/1");
  a.control("POST", "/_sim/settings", {{"site", {{"hrefSpelling", "invideo"}}}});
  a.control("POST", "/_sim/reset");
  CHECK(a.control("GET", "/_sim/faults")["rules"].empty());
  CHECK(a.control("GET", "/_sim/stats")["total"] == 0);
  CHECK(a.control("GET", "/_sim/settings")["site"]["hrefSpelling"] == "invedio");
  const std::string newest = "/Index/invedio/club/" +
                             std::to_string(one["perfVods"][0]["club"].get<int>()) + "/id/" +
                             std::to_string(one["perfVods"][0]["l4cId"].get<int>());
  CHECK(a.get(newest).status == 404);
  CHECK(one == a.control("POST", "/_sim/publish", {{"perf", 2}}));
}

TEST_CASE("settings merge the given keys and reject unknown ones") {
  SimProcess sim;
  const json s = sim.control("POST", "/_sim/settings", {{"api", {{"pageSize", 5}}}});
  CHECK(s["api"]["pageSize"] == 5);
  CHECK(s["api"]["requiredHeaders"] == json({"appInfo", "Referer"}));
  CHECK(sim.api("/live/api/v1/live/getLiveList",
                {{"next", 0}, {"record", true}})["content"]["liveList"]
            .size() == 5);
  CHECK(sim.post("/_sim/settings", R"({"api":{"pagesize":5}})").status == 400);
  CHECK(sim.post("/_sim/settings", R"({"site":{"hrefSpelling":"video"}})").status == 400);
  CHECK(sim.post("/_sim/publish", R"({"perf":-1})").status == 400);
  CHECK(sim.get("/_sim/nothing").status == 404);
}

TEST_CASE("SIGTERM stops the simulator at once with status 0, even with a held connection") {
  SimProcess sim;
  sim.control("POST", "/_sim/faults", json::array({{{"kind", "timeout"}, {"ms", 60000}}}));
  auto held = std::async(std::launch::async, [&] {
    try {
      sim.get("/Index/main/club/1", 30000);
    } catch (...) {
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const auto start = std::chrono::steady_clock::now();
  CHECK(sim.terminate(SIGTERM) == 0);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  held.wait();
}

TEST_CASE("SIGINT stops the simulator with status 0") {
  SimProcess sim;
  CHECK(sim.get("/_sim/health").body == "ok\n");
  CHECK(sim.terminate(SIGINT) == 0);
}

TEST_CASE("serve refuses a missing or invalid dataset with status 1 and a clear message") {
  auto [code, output] = runSim({"serve", "--dataset", "/nonexistent/d.json"});
  CHECK(code == 1);
  CHECK(output.find("/nonexistent/d.json: cannot open") != std::string::npos);
  const auto path = std::filesystem::temp_directory_path() /
                    ("kvm48-sim-bad-" + std::to_string(::getpid()) + ".json");
  std::ofstream(path) << R"({"format":"kvm48-upstream-sim-dataset","version":1,
    "perfVods":[{"canonId":"12","club":1,"l4cId":1,"title":"t","startTime":1}]})";
  std::tie(code, output) = runSim({"serve", "--dataset", path.string()});
  CHECK(code == 1);
  CHECK(output.find("perfVods[0].canonId") != std::string::npos);
  std::filesystem::remove(path);
  std::tie(code, output) = runSim({"serve"});
  CHECK(code == 2);
}
