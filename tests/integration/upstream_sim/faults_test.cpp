// Transport-level faults: status codes, 429, latency, held connections, resets, scoping,
// determinism, and the faults file given at start.
#include <Poco/Exception.h>
#include <Poco/Net/NetException.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "sim_process.hpp"

using namespace kvm48::sim::test;
using nlohmann::json;

namespace {

const std::string kList1 = "/Index/main/club/1/p/1.html";
const std::string kVod = "/Index/invedio/club/1/id/2772";

void addRule(const SimProcess& sim, const json& rule) {
  sim.control("POST", "/_sim/faults", json::array({rule}));
}

}  // namespace

TEST_CASE("the next 2 requests to list pages answer 503, other routes are untouched") {
  SimProcess sim;
  addRule(sim, {{"match", "site.list"}, {"kind", "status"}, {"status", 503}, {"count", 2}});
  CHECK(sim.get(kVod).status == 200);
  CHECK(sim.get(kList1).status == 503);
  CHECK(sim.get("/Index/main/club/2/p/3.html").status == 503);
  CHECK(sim.get(kList1).status == 200);
  const json rules = sim.control("GET", "/_sim/faults")["rules"];
  CHECK(rules[0]["fired"] == 2);
  CHECK(rules[0]["seen"] == 3);
}

TEST_CASE("a 429 fault carries Retry-After") {
  SimProcess sim;
  addRule(sim, {{"match", "api.*"}, {"kind", "rateLimit"}, {"retryAfter", 7}, {"count", 1}});
  const HttpResult r = sim.post("/live/api/v1/live/getOpenLiveList", "{}", appHeaders());
  CHECK(r.status == 429);
  CHECK(r.headers.at("Retry-After") == "7");
}

TEST_CASE("a latency fault delays the answer and then serves it") {
  SimProcess sim;
  addRule(sim, {{"match", "site.vod"}, {"kind", "latency"}, {"ms", 600}});
  const auto start = std::chrono::steady_clock::now();
  const HttpResult r = sim.get(kVod);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(r.status == 200);
  CHECK(elapsed >= std::chrono::milliseconds(600));
}

TEST_CASE("a timeout fault holds the connection without answering") {
  SimProcess sim;
  addRule(sim, {{"match", "site.*"}, {"kind", "timeout"}, {"ms", 5000}, {"count", 1}});
  CHECK_THROWS_AS(sim.get(kList1, 800), Poco::TimeoutException);
  CHECK(sim.get(kList1).status == 200);
  CHECK(sim.control("GET", "/_sim/stats")["outcomes"]["timeout"] == 1);
}

TEST_CASE("a reset fault closes the connection with no answer") {
  SimProcess sim;
  addRule(sim, {{"match", "site.vod"}, {"kind", "reset"}, {"count", 1}});
  CHECK_THROWS_AS(sim.get(kVod), Poco::Net::NetException);
  CHECK(sim.get(kVod).status == 200);
  CHECK(sim.control("GET", "/_sim/stats")["outcomes"]["reset"] == 1);
}

TEST_CASE("skip lets the first matching requests through") {
  SimProcess sim;
  addRule(sim,
          {{"match", "site.list"}, {"kind", "status"}, {"status", 502}, {"skip", 2}, {"count", 1}});
  CHECK(sim.get(kList1).status == 200);
  CHECK(sim.get(kList1).status == 200);
  CHECK(sim.get(kList1).status == 502);
  CHECK(sim.get(kList1).status == 200);
}

TEST_CASE("a rule whose match starts with / is a glob over the path") {
  SimProcess sim;
  addRule(sim, {{"match", "/Index/invedio/club/*/id/2772"}, {"kind", "status"}, {"status", 500}});
  CHECK(sim.get(kVod).status == 500);
  CHECK(sim.get("/Index/invedio/club/3/id/2772").status == 500);
  CHECK(sim.get("/Index/invedio/club/1/id/2774").status == 200);
}

TEST_CASE("probabilistic faults repeat exactly for the same fault seed") {
  const auto statuses = [](const char* seed) {
    SimProcess sim({"--fault-seed", seed});
    addRule(sim, {{"match", "site.list"}, {"kind", "status"}, {"probability", 0.5}});
    std::string seq;
    for (int i = 0; i < 40; ++i) seq += sim.get(kList1).status == 503 ? 'x' : '.';
    return seq;
  };
  const std::string a = statuses("42");
  CHECK(a == statuses("42"));
  CHECK(a != statuses("43"));
  CHECK(a.find('x') != std::string::npos);
  CHECK(a.find('.') != std::string::npos);
}

TEST_CASE("a faults file given at start sets rules and settings") {
  const auto path = std::filesystem::temp_directory_path() /
                    ("kvm48-sim-faults-" + std::to_string(::getpid()) + ".json");
  std::ofstream(path) << R"({"seed": 9, "settings": {"site": {"hrefSpelling": "invideo"}},
    "rules": [{"id": "list503", "match": "site.list", "kind": "status", "status": 503, "count": 1}]})";
  SimProcess sim({"--faults", path.string()});
  CHECK(sim.get(kList1).status == 503);
  CHECK(sim.get(kList1).body.find("/Index/invideo/club/1/id/") != std::string::npos);
  CHECK(sim.control("GET", "/_sim/faults")["rules"][0]["id"] == "list503");
  std::filesystem::remove(path);
}

TEST_CASE("a bad faults file stops start-up with status 1 and names the problem") {
  const auto path = std::filesystem::temp_directory_path() /
                    ("kvm48-sim-badfaults-" + std::to_string(::getpid()) + ".json");
  std::ofstream(path) << R"({"rules": [{"kind": "explode"}]})";
  const auto [code, output] =
      runSim({"serve", "--dataset", testDataset(), "--faults", path.string()});
  CHECK(code == 1);
  CHECK(output.find("unknown fault kind 'explode'") != std::string::npos);
  std::filesystem::remove(path);
}

TEST_CASE("the control endpoint rejects bad rules with 400 and adds none of the batch") {
  SimProcess sim;
  const HttpResult r = sim.post(
      "/_sim/faults", R"([{"kind":"status","count":1},{"kind":"status","probability":2}])");
  CHECK(r.status == 400);
  CHECK(r.body.find("probability") != std::string::npos);
  CHECK(sim.control("GET", "/_sim/faults")["rules"].empty());
  CHECK(sim.post("/_sim/faults", R"([{"kind":"status","bogus":1}])").status == 400);
}
