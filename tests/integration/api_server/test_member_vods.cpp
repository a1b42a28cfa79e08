// memberVod and memberVods over real HTTP against `kvm48-server serve`, on member VODs
// written through the real sqlite plugin (member_fixture.cpp).

#include "member_server.hpp"

namespace kvm48::test {
namespace {

using Ids = std::vector<std::string>;

const std::string kMohanLive = "1043212306789134336";     // 莫寒, LIVE, hour + 0.123 s
const std::string kDaimengRadio = "1043212306789134337";  // 戴萌, RADIO, hour + 0.123 s
const std::string kGnzLive = "999999999999999999";        // 18 digits, GNZ48, hour - 0.001 s
const std::string kMohanLater = "1043212306789134400";    // 莫寒, LIVE, hour + 3600 s
const std::string kIdftRadio = "1043212306789134500";     // no archive group, hour + 7200.999 s
const std::string kUnstoredTeam = "1043212306789134600";  // team 1099 not stored, hour + 10800 s

std::string range(std::int64_t from, std::int64_t to, const std::string& filters = {}) {
  return "{ memberVods(from: " + std::to_string(from) + ", to: " + std::to_string(to) +
         (filters.empty() ? "" : ", " + filters) + ") { id } }";
}

}  // namespace

TEST_CASE("memberVod answers one member VOD by id with every field", "[api][member_vods]") {
  MemberServer f;
  const Json answer = f.query("{ memberVod(id: \"" + kMohanLive +
                              "\") { id memberId memberName group team { id name group "
                              "appGroupId color active } type title startTime startTimeMs "
                              "vodUrl danmakuUrl coverUrl } }");
  CHECK(answer ==
        Json{{"data",
              {{"memberVod",
                {{"id", kMohanLive},
                 {"memberId", 35},
                 {"memberName", "莫寒"},
                 {"group", "SNH48"},
                 {"team",
                  {{"id", 1001},
                   {"name", "TEAM SII"},
                   {"group", "SNH48"},
                   {"appGroupId", 10},
                   {"color", "90CCEA"},
                   {"active", true}}},
                 {"type", "LIVE"},
                 {"title", "莫寒的生日直播"},
                 {"startTime", kFixtureHour},
                 {"startTimeMs", std::to_string(kFixtureHour) + "123"},
                 {"vodUrl", "https://mp4.48.cn/live/" + kMohanLive + ".m3u8"},
                 {"danmakuUrl", "https://source.48.cn/mediasource/live/lrc/" + kMohanLive + ".lrc"},
                 {"coverUrl", "https://source.48.cn/mediasource/live/" + kMohanLive + ".jpg"}}}}}});
}

TEST_CASE("memberVod: unknown ids, even one digit off a 19-digit id, answer null",
          "[api][member_vods]") {
  MemberServer f;
  // 1043212306789134335 and ...336 are the same IEEE double: only text comparison tells them
  // apart.
  CHECK(f.query("{ memberVod(id: \"1043212306789134335\") { id } }") ==
        Json{{"data", {{"memberVod", nullptr}}}});
  CHECK(f.query("{ memberVod(id: \"0\") { id } }") == Json{{"data", {{"memberVod", nullptr}}}});
  CHECK(f.query("{ memberVod(id: \"" + kGnzLive + "\") { id } }")["data"]["memberVod"]["id"] ==
        kGnzLive);
}

TEST_CASE("memberVods by ids keeps the order asked, unknown and null ids answer null",
          "[api][member_vods]") {
  MemberServer f;
  const Json answer =
      f.query("{ memberVods(ids: [\"" + kIdftRadio + "\", \"1043212306789134335\", \"" + kGnzLive +
              "\", null, \"" + kMohanLive + "\", \"" + kIdftRadio + "\"]) { id } }");
  CHECK(ids_of(answer["data"]["memberVods"]) ==
        Ids{kIdftRadio, "null", kGnzLive, "null", kMohanLive, kIdftRadio});
  CHECK_FALSE(answer.contains("errors"));
  CHECK(f.query("{ memberVods(ids: []) { id } }") ==
        Json{{"data", {{"memberVods", Json::array()}}}});
}

TEST_CASE(
    "memberVods by range: from inclusive, to exclusive, epoch seconds against millisecond "
    "start times, ordered by start time then id",
    "[api][member_vods]") {
  MemberServer f;
  const std::int64_t h = kFixtureHour;
  CHECK(ids_of(f.query(range(0, 2000000000))["data"]["memberVods"]) ==
        Ids{kGnzLive, kMohanLive, kDaimengRadio, kMohanLater, kIdftRadio, kUnstoredTeam});
  // The later hour starts exactly at `to`: excluded; one second more includes it.
  CHECK(ids_of(f.query(range(h, h + 3600))["data"]["memberVods"]) ==
        Ids{kMohanLive, kDaimengRadio});
  CHECK(ids_of(f.query(range(h, h + 3601))["data"]["memberVods"]) ==
        Ids{kMohanLive, kDaimengRadio, kMohanLater});
  // hour - 0.001 s lies in [hour - 1, hour), not in [hour, ...).
  CHECK(ids_of(f.query(range(h - 1, h))["data"]["memberVods"]) == Ids{kGnzLive});
  // hour + 7200.999 s lies in [hour + 7200, hour + 7201).
  CHECK(ids_of(f.query(range(h + 7200, h + 7201))["data"]["memberVods"]) == Ids{kIdftRadio});
  CHECK(f.query(range(0, 0)) == Json{{"data", {{"memberVods", Json::array()}}}});
  CHECK(f.query(range(h + 10, h)) == Json{{"data", {{"memberVods", Json::array()}}}});
}

TEST_CASE("memberVods by range filters by group, member and type, alone and together",
          "[api][member_vods]") {
  MemberServer f;
  auto ids = [&f](const std::string& filters) {
    return ids_of(f.query(range(0, 2000000000, filters))["data"]["memberVods"]);
  };
  CHECK(ids("group: SNH48") == Ids{kMohanLive, kDaimengRadio, kMohanLater, kUnstoredTeam});
  CHECK(ids("group: GNZ48") == Ids{kGnzLive});
  CHECK(ids("group: CGT48").empty());
  CHECK(ids("memberId: 35") == Ids{kMohanLive, kMohanLater});
  CHECK(ids("memberId: 6001") == Ids{kIdftRadio});
  CHECK(ids("memberId: 7").empty());
  CHECK(ids("type: RADIO") == Ids{kDaimengRadio, kIdftRadio});
  CHECK(ids("type: LIVE") == Ids{kGnzLive, kMohanLive, kMohanLater, kUnstoredTeam});
  CHECK(ids("group: SNH48, type: RADIO") == Ids{kDaimengRadio});
  CHECK(ids("group: SNH48, memberId: 35, type: LIVE") == Ids{kMohanLive, kMohanLater});
  CHECK(ids("group: GNZ48, memberId: 35").empty());
}

TEST_CASE("memberVods takes its range and filters from variables", "[api][member_vods]") {
  MemberServer f;
  const std::string query = R"(
      query vods($ids: [String], $from: Int, $to: Int, $group: Group, $member: Int,
                 $type: MemberVODType) {
        memberVods(ids: $ids, from: $from, to: $to, group: $group, memberId: $member,
                   type: $type) { id startTimeMs }
      })";
  const Json variables{{"ids", nullptr},   {"from", kFixtureHour - 1}, {"to", kFixtureHour + 1},
                       {"group", "SNH48"}, {"member", nullptr},        {"type", "RADIO"}};
  const HttpReply reply = post_graphql(f.server.port(), query, variables);
  CHECK(reply.status == 200);
  CHECK(reply.json() ==
        Json{{"data",
              {{"memberVods",
                Json::array({Json{{"id", kDaimengRadio}, {"startTimeMs", "1556640000123"}}})}}}});
}

TEST_CASE("MemberVOD start times: startTime in whole seconds, startTimeMs exact as text",
          "[api][member_vods]") {
  MemberServer f;
  const Json list = f.query("{ memberVods(ids: [\"" + kGnzLive + "\", \"" + kIdftRadio +
                            "\"]) { startTime startTimeMs } }")["data"]["memberVods"];
  CHECK(list[0] == Json{{"startTime", kFixtureHour - 1}, {"startTimeMs", "1556639999999"}});
  CHECK(list[1] == Json{{"startTime", kFixtureHour + 7200}, {"startTimeMs", "1556647200999"}});
}

TEST_CASE("MemberVOD.team: the stored team, else one built from the reference, else null",
          "[api][member_vods]") {
  MemberServer f;
  const Json list = f.query("{ memberVods(ids: [\"" + kGnzLive + "\", \"" + kUnstoredTeam +
                            "\", \"" + kIdftRadio +
                            "\"]) { group team { id name group "
                            "appGroupId color active } } }")["data"]["memberVods"];
  // Stored: its color and its dissolved state come from the roster.
  CHECK(list[0] == Json{{"group", "GNZ48"},
                        {"team",
                         {{"id", 1201},
                          {"name", "TEAM G"},
                          {"group", "GNZ48"},
                          {"appGroupId", 12},
                          {"color", "A1D47A"},
                          {"active", false}}}});
  // Not in the roster: what the VOD knows.
  CHECK(list[1] == Json{{"group", "SNH48"},
                        {"team",
                         {{"id", 1099},
                          {"name", "TEAM FT"},
                          {"group", "SNH48"},
                          {"appGroupId", 10},
                          {"color", nullptr},
                          {"active", true}}}});
  CHECK(list[2] == Json{{"group", nullptr}, {"team", nullptr}});
}

TEST_CASE("memberVods argument errors name the arguments in the original's style",
          "[api][member_vods]") {
  MemberServer f;
  const std::string exclusive =
      "'from', 'to', 'group', 'memberId' and 'type' are not allowed when 'ids' is specified.";
  for (const char* extra : {"from: 1", "to: 2", "group: SNH48", "memberId: 35", "type: LIVE"}) {
    INFO(extra);
    const Json mixed = f.query(std::string("{ memberVods(ids: [\"1\"], ") + extra + ") { id } }");
    CHECK(mixed["errors"][0]["message"] == exclusive);
    CHECK(mixed["errors"][0]["path"] == Json::array({"memberVods"}));
    CHECK(mixed["data"] == Json{{"memberVods", nullptr}});
  }
  const std::string neither = "Either 'ids', or 'from' and 'to' must be specified.";
  for (const char* args : {"", "(from: 1)", "(to: 2)", "(group: SNH48, memberId: 35)"}) {
    INFO(args);
    const Json answer = f.query(std::string("{ memberVods") + args + " { id } }");
    CHECK(answer["errors"][0]["message"] == neither);
    CHECK(answer["data"] == Json{{"memberVods", nullptr}});
  }
  // A bad enum value is a validation error: nothing executes.
  const Json bad_type = f.query("{ memberVods(from: 0, to: 1, type: VIDEO) { id } }");
  CHECK_FALSE(bad_type.contains("data"));
  CHECK_THAT(bad_type["errors"][0]["message"].get<std::string>(), Catch::Contains("MemberVODType"));
}

TEST_CASE("memberVods answers are bounded by max_results with an error naming the bound",
          "[api][member_vods]") {
  MemberServer f("  max_results: 2\n");
  const Json over = f.query(range(0, 2000000000));
  CHECK(over["data"]["memberVods"].is_null());
  CHECK(over["errors"][0]["message"] ==
        "memberVods: the answer would hold more than 2 VODs (narrow the time range).");
  CHECK(ids_of(f.query(range(0, 2000000000, "memberId: 35"))["data"]["memberVods"]) ==
        Ids{kMohanLive, kMohanLater});
  const Json ids = f.query("{ memberVods(ids: [\"a\", \"b\", \"c\"]) { id } }");
  CHECK(ids["data"]["memberVods"].is_null());
  CHECK(ids["errors"][0]["message"] ==
        "memberVods: the answer would hold more than 2 VODs (ask for fewer ids per query).");
  CHECK(f.query("{ memberVods(ids: [\"a\", \"b\"]) { id } }")["data"]["memberVods"] ==
        Json::array({nullptr, nullptr}));
}

}  // namespace kvm48::test
