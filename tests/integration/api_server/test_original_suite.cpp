// The original KVM48 server's test suite (server/tests/test_schema.py and test_app.py),
// reproduced over real HTTP against `kvm48-server serve` on the original's fixture data.

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

using Json = nlohmann::ordered_json;

/// A server over a fresh database holding the five fixture VODs.
struct FixtureServer {
  TempDir dir;
  std::string database = dir.path() + "/data.db";
  bool written = (write_original_fixture(database), true);
  ServerProcess server{ServerOptions{{}, {}, database}};

  Json query(const std::string& text) {
    const HttpReply reply = post_graphql(server.port(), text);
    REQUIRE(reply.status == 200);
    return reply.json();
  }
};

const char* kSnhStream = "http://cychengyuan-vod.48.cn/snh/20190421/9999-";

}  // namespace

TEST_CASE("original test_query_perfvod: one VOD by id with every field, unknown id null",
          "[api][original]") {
  FixtureServer f;
  const std::string id = "324479006245982208";
  CHECK(f.query("{ perfVod(id: \"324479006245982208\") { id l4cClubId l4cId l4cUrl group title "
                "subtitle startTime sdStream hdStream fhdStream bestStream } }") ==
        Json{{"data",
              {{"perfVod",
                {{"id", id},
                 {"l4cClubId", 1},
                 {"l4cId", 2772},
                 {"l4cUrl", "https://live.48.cn/Index/invedio/club/1/id/2772"},
                 {"group", "SNH48"},
                 {"title", "《重生计划》剧场公演"},
                 {"subtitle", "莫寒生日公演"},
                 {"startTime", 1555825500},
                 {"sdStream", std::string(kSnhStream) + "liuchang/" + id + ".m3u8"},
                 {"hdStream", std::string(kSnhStream) + "gaoqing/" + id + ".m3u8"},
                 {"fhdStream", std::string(kSnhStream) + "gaoqing/" + id + ".m3u8"},
                 {"bestStream", std::string(kSnhStream) + "gaoqing/" + id + ".m3u8"}}}}}});
  CHECK(f.query("{ perfVod(id: \"0\") { title subtitle } }") ==
        Json{{"data", {{"perfVod", nullptr}}}});
}

TEST_CASE("original test_query_perfvods_by_ids: results in the order asked, unknown ids null",
          "[api][original]") {
  FixtureServer f;
  CHECK(f.query("{ perfVods(ids: [\"324479006241787906\", \"326091353251188736\", "
                "\"324479006245982208\", \"0\"]) { title subtitle } }") ==
        Json{{"data",
              {{"perfVods",
                Json::array({Json{{"title", "X队出道四周年"}, {"subtitle", "TEAM X剧场公演"}},
                             Json{{"title", "莫寒咖啡店生日会"}, {"subtitle", "参加成员：莫寒"}},
                             Json{{"title", "《重生计划》剧场公演"}, {"subtitle", "莫寒生日公演"}},
                             nullptr})}}}});
}

TEST_CASE("original test_query_perfvods_by_time_range: range, order and group filter",
          "[api][original]") {
  FixtureServer f;
  auto vod = [](const char* id, int start) { return Json{{"id", id}, {"startTime", start}}; };
  CHECK(f.query("{ perfVods(from: 0, to: 0) { id startTime } }") ==
        Json{{"data", {{"perfVods", Json::array()}}}});
  CHECK(f.query("{ perfVods(from: 1555776000, to: 1555840800) { id startTime } }") ==
        Json{{"data",
              {{"perfVods", Json::array({vod("324479006245982208", 1555825500),
                                         vod("324479006241787904", 1555826400),
                                         vod("326091353251188736", 1555836300)})}}}});
  CHECK(f.query("{ perfVods(from: 1555776000, to: 1555840800, group: SNH48) { id startTime } }") ==
        Json{{"data",
              {{"perfVods", Json::array({vod("324479006245982208", 1555825500),
                                         vod("326091353251188736", 1555836300)})}}}});
  CHECK(f.query("{ perfVods(from: 1555776000, to: 1555840800, group: BEJ48) { id startTime } }") ==
        Json{{"data", {{"perfVods", Json::array()}}}});
  CHECK(f.query("{ perfVods(from: 1555776000, to: 1555840800, group: GNZ48) { id startTime } }") ==
        Json{{"data", {{"perfVods", Json::array({vod("324479006241787904", 1555826400)})}}}});
}

TEST_CASE("original test_parametrized_query: POST with variables, null ids", "[api][original]") {
  FixtureServer f;
  const std::string query = R"(
        query perfVods($ids: [String!], $from: Int, $to: Int, $group: Group) {
          perfVods(ids: $ids, from: $from, to: $to, group: $group) {
            id
            startTime
          }
        })";
  const Json variables{
      {"ids", nullptr}, {"from", 1555776000}, {"to", 1555840800}, {"group", "SNH48"}};
  const HttpReply reply = post_graphql(f.server.port(), query, variables);
  CHECK(reply.status == 200);
  // Byte for byte what the original answered (key order included).
  CHECK(reply.body == R"({"data":{"perfVods":[{"id":"324479006245982208","startTime":1555825500},)"
                      R"({"id":"326091353251188736","startTime":1555836300}]}})");
}

TEST_CASE("perfVods argument errors carry the original's messages word for word",
          "[api][original]") {
  FixtureServer f;
  const Json mixed = f.query("{ perfVods(ids: [\"1\"], group: SNH48) { id } }");
  CHECK(mixed["errors"][0]["message"] ==
        "'from', 'to' and 'group' are not allowed when 'ids' is specified.");
  CHECK(mixed["errors"][0]["path"] == Json::array({"perfVods"}));
  CHECK(mixed["data"] == Json{{"perfVods", nullptr}});
  const Json neither = f.query("{ perfVods(from: 1) { id } }");
  CHECK(neither["errors"][0]["message"] == "Either 'ids', or 'from' and 'to' must be specified.");
  CHECK(f.query("{ revision }")["data"]["revision"].get<std::string>().size() == 10);
}

}  // namespace kvm48::test
