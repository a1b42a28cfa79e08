// One performance, two sources: the simulator serves the same dataset as live.48.cn pages and
// as the Koudai48 app API v6; kvm48-server crawls it with the real live48_web and koudai48_v6
// plugins into one real SQLite file, and the real server answers GraphQL over HTTP. A VOD seen
// by both is one record with the union of what each knows, whichever source ran first, and no
// record is lost or doubled.

#include <fstream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "http_call.hpp"
#include "run_process.hpp"
#include "server_process.hpp"
#include "sim_process.hpp"

namespace kvm48::test {
namespace {

using Json = nlohmann::json;

/// The KVM48 server test fixture VOD (club 1, l4c 2772): on the site and in the app API.
const std::string kBothId = "324479006245982208";

Json dataset() {
  std::ifstream in(sim::test::testDataset());
  return Json::parse(in);
}

const Json& perf_row(const Json& data, const std::string& canon_id) {
  for (const auto& row : data["perfVods"]) {
    if (row["canonId"] == canon_id) return row;
  }
  throw std::runtime_error("no perf VOD " + canon_id + " in the dataset");
}

std::string team_name(const Json& data, int team_id) {
  for (const auto& team : data["teams"]) {
    if (team["teamId"] == team_id) return team["teamName"];
  }
  return "";
}

/// A VOD the site has and the API does not (and the other way round), from the dataset.
std::string first_where(const Json& data, bool on_site, bool in_api) {
  for (const auto& row : data["perfVods"]) {
    if (row.value("upcoming", false)) continue;
    if (row.contains("l4cId") == on_site && row.value("inApi", false) == in_api) {
      return row["canonId"];
    }
  }
  throw std::runtime_error("no such perf VOD in the dataset");
}

/// Canonical ids of every performance VOD either source can see (upcoming shows have none).
std::set<std::string> every_canon_id(const Json& data) {
  std::set<std::string> ids;
  for (const auto& row : data["perfVods"]) {
    if (!row.value("upcoming", false)) ids.insert(row["canonId"].get<std::string>());
  }
  return ids;
}

std::string sources_yaml(int sim_port) {
  const std::string url = "\"http://127.0.0.1:" + std::to_string(sim_port) + "\"";
  return "crawl:\n  backoff_ms: 10\n  max_attempts: 2\n  timeout_ms: 5000\n"
         "sources:\n"
         "  - name: live48\n    plugin: live48_web\n    options:\n      base_url: " +
         url +
         "\n"
         "  - name: koudai48\n    plugin: koudai48_v6\n    options:\n      api_base_url: " +
         url + "\n      resource_base_url: " + url + "\n";
}

void crawl(const ServerProcess& server, const std::string& source) {
  const auto run = run_process(KVM48_SERVER_BINARY, {"crawl", "--config", server.config_file(),
                                                     "--source", source, "--full", "--legacy"});
  INFO(run.out << run.err);
  REQUIRE(run.status == 0);
}

const char* kFields =
    "id l4cClubId l4cId group title subtitle startTime sdStream hdStream fhdStream "
    "teams { id name group } coverUrl sources";

Json perf_vod(int port, const std::string& id) {
  const auto reply =
      post_graphql(port, "{ perfVod(id: \"" + id + "\") { " + std::string(kFields) + " } }");
  REQUIRE(reply.status == 200);
  return Json::parse(reply.body)["data"]["perfVod"];
}

/// What the record of `canon_id` must hold when both sources have crawled it.
void check_union(const Json& vod, const Json& data, const std::string& canon_id,
                 const std::string& resource_base) {
  const Json& row = perf_row(data, canon_id);
  CHECK(vod["id"] == canon_id);
  CHECK(vod["l4cClubId"] == row["club"]);  // from the site
  CHECK(vod["l4cId"] == row["l4cId"]);
  CHECK(vod["group"] == "SNH48");
  CHECK(vod["startTime"] == row["startTime"]);
  CHECK(vod["subtitle"] == row["subtitle"]);  // the 2019 API has none: the site's stays
  CHECK(vod["sdStream"] == row["streams"]["sd"]);
  CHECK(vod["hdStream"] == row["streams"]["hd"]);
  CHECK(vod["fhdStream"] == row["streams"]["fhd"]);
  Json teams = Json::array();  // from the app API
  for (int team_id : row["teamIds"]) {
    teams.push_back({{"id", team_id}, {"name", team_name(data, team_id)}, {"group", "SNH48"}});
  }
  CHECK(vod["teams"] == teams);
  CHECK(vod["coverUrl"] == resource_base + row["coverPath"].get<std::string>());
  CHECK(vod["sources"] == Json::array({"koudai48", "live48"}));
}

}  // namespace

TEST_CASE("a VOD seen through live48_web and koudai48_v6 is one record with what each knows",
          "[merge]") {
  const Json data = dataset();
  const std::set<std::string> expected_ids = every_canon_id(data);
  for (const bool site_first : {true, false}) {
    DYNAMIC_SECTION((site_first ? "live48_web first" : "koudai48_v6 first")) {
      sim::test::SimProcess sim;
      ServerProcess server({"  max_results: 100000\n", {}, {}, "serve", sources_yaml(sim.port())});
      crawl(server, site_first ? "live48" : "koudai48");
      crawl(server, site_first ? "koudai48" : "live48");
      const std::string resource_base = "http://127.0.0.1:" + std::to_string(sim.port());

      check_union(perf_vod(server.port(), kBothId), data, kBothId, resource_base);

      const Json site_only = perf_vod(server.port(), first_where(data, true, false));
      CHECK(site_only["teams"] == Json::array());
      CHECK(site_only["coverUrl"].is_null());
      CHECK(site_only["sources"] == Json::array({"live48"}));
      const Json api_only = perf_vod(server.port(), first_where(data, false, true));
      CHECK(api_only["l4cId"].is_null());
      CHECK(api_only["l4cClubId"].is_null());
      CHECK(api_only["sources"] == Json::array({"koudai48"}));

      // Nothing lost, nothing doubled: exactly one record per canonical id of the dataset.
      const auto all =
          post_graphql(server.port(), "{ perfVods(from: 0, to: 2147483647) { id sources } }");
      REQUIRE(all.status == 200);
      const Json answer = Json::parse(all.body);
      REQUIRE(answer["data"]["perfVods"].is_array());
      std::set<std::string> stored;
      std::size_t records = 0;
      for (const auto& vod : answer["data"]["perfVods"]) {
        stored.insert(vod["id"].get<std::string>());
        records += 1;
      }
      CHECK(records == stored.size());
      CHECK(stored == expected_ids);
    }
  }
}

}  // namespace kvm48::test
