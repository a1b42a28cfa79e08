// The member VOD, roster and source examples of docs/graphql-api.md answer byte for byte as
// documented (on the member fixture, with the documented sources and run).

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "member_fixture.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

const char* kDocSources =
    "sources:\n"
    "  - name: live48\n"
    "    plugin: live48_web\n"
    "    options:\n"
    "      base_url: http://127.0.0.1:9\n"
    "  - name: archive\n"
    "    plugin: live48_web\n"
    "    enabled: false\n";

struct DocServer {
  TempDir dir;
  std::string database = dir.path() + "/data.db";
  bool written = (write_member_fixture(database), true);
  ServerProcess server{ServerOptions{{}, {}, database, "serve", kDocSources}};

  std::string body(const std::string& query) {
    const HttpReply reply = post_graphql(server.port(), query);
    REQUIRE(reply.status == 200);
    return reply.body;
  }
};

}  // namespace

TEST_CASE("documented example: a member's radio streams of one evening", "[api][docs]") {
  DocServer d;
  CHECK(d.body(R"({
  memberVods(from: 1556640000, to: 1556661600, memberId: 36, type: RADIO) {
    id memberName title startTime startTimeMs vodUrl team { name color }
  }
})") == R"({"data":{"memberVods":[{"id":"1043212306789134337","memberName":"戴萌",)"
        R"("title":"戴萌的直播间","startTime":1556640000,"startTimeMs":"1556640000123",)"
        R"("vodUrl":null,"team":{"name":"TEAM SII","color":"90CCEA"}}]}})");
}

TEST_CASE("documented example: the members of a team, and the teams of a group", "[api][docs]") {
  DocServer d;
  CHECK(d.body(R"({
  members(group: SNH48, teamId: 1001) { id name pinyin status team { name } }
  teams(group: GNZ48) { id name color active }
})") == R"({"data":{"members":[{"id":35,"name":"莫寒","pinyin":"mohan","status":3,)"
        R"("team":{"name":"TEAM SII"}},{"id":36,"name":"戴萌","pinyin":null,"status":1,)"
        R"("team":{"name":"TEAM SII"}}],"teams":[{"id":1201,"name":"TEAM G",)"
        R"("color":"A1D47A","active":false}]}})");
}

TEST_CASE("documented example: what the crawlers have done", "[api][docs]") {
  DocServer d;
  CrawlRun run;
  run.run_id = "run-2";
  run.source = "live48";
  run.plugin = "live48_web";
  run.plugin_version = "1.0.0";
  run.mode = "full legacy limit-pages=3";
  run.started_at_ms = 1764303600000;
  run.finished_at_ms = 1764303600999;
  run.outcome = RunOutcome::over_budget;
  run.error = "request budget of 100 used up";
  run.items_new = 1;
  run.items_updated = 2;
  write_crawl_run(d.database, run);
  // pluginVersion is the built live48_web's; the document shows 1.0.0.
  CHECK(d.body(R"({
  sources {
    name plugin pluginVersion enabled
    lastRun { runId mode startedAt finishedAt outcome error itemsNew itemsUpdated }
  }
})") == R"({"data":{"sources":[{"name":"live48","plugin":"live48_web","pluginVersion":"1.0.0",)"
        R"("enabled":true,"lastRun":{"runId":"run-2","mode":"full legacy limit-pages=3",)"
        R"("startedAt":1764303600,"finishedAt":1764303600,"outcome":"OVER_BUDGET",)"
        R"("error":"request budget of 100 used up","itemsNew":1,"itemsUpdated":2}},)"
        R"({"name":"archive","plugin":"live48_web","pluginVersion":"1.0.0","enabled":false,)"
        R"("lastRun":null}]}})");
}

}  // namespace kvm48::test
