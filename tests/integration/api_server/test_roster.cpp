// members and teams over real HTTP against `kvm48-server serve`, on a roster written
// through the real sqlite plugin (member_fixture.cpp).

#include "member_server.hpp"

namespace kvm48::test {
namespace {

using Numbers = std::vector<std::int64_t>;

/// The "id" member of every entry of a list answer, in order.
Numbers numbers_of(const Json& list) {
  Numbers ids;
  for (const auto& entry : list) ids.push_back(entry["id"].get<std::int64_t>());
  return ids;
}

}  // namespace

TEST_CASE("teams lists the stored teams ordered by id with every field", "[api][roster]") {
  MemberServer f;
  const Json teams =
      f.query("{ teams { id name group appGroupId color active } }")["data"]["teams"];
  CHECK(teams == Json::array({Json{{"id", 1001},
                                   {"name", "TEAM SII"},
                                   {"group", "SNH48"},
                                   {"appGroupId", 10},
                                   {"color", "90CCEA"},
                                   {"active", true}},
                              Json{{"id", 1002},
                                   {"name", "TEAM NII"},
                                   {"group", "SNH48"},
                                   {"appGroupId", 10},
                                   {"color", "AE86BB"},
                                   {"active", true}},
                              Json{{"id", 1201},
                                   {"name", "TEAM G"},
                                   {"group", "GNZ48"},
                                   {"appGroupId", 12},
                                   {"color", "A1D47A"},
                                   {"active", false}},
                              Json{{"id", 1501},
                                   {"name", "IDFT"},
                                   {"group", nullptr},
                                   {"appGroupId", 15},
                                   {"color", "FFFFFF"},
                                   {"active", true}}}));
}

TEST_CASE("teams filters by group", "[api][roster]") {
  MemberServer f;
  CHECK(numbers_of(f.query("{ teams(group: SNH48) { id } }")["data"]["teams"]) ==
        Numbers{1001, 1002});
  CHECK(numbers_of(f.query("{ teams(group: GNZ48) { id } }")["data"]["teams"]) == Numbers{1201});
  CHECK(f.query("{ teams(group: CGT48) { id } }") == Json{{"data", {{"teams", Json::array()}}}});
  CHECK(numbers_of(f.query("{ teams(group: null) { id } }")["data"]["teams"]).size() == 4);
}

TEST_CASE("members lists the stored members ordered by id with every field", "[api][roster]") {
  MemberServer f;
  const Json members = f.query(
      "{ members { id name pinyin group appGroupId team { id name } "
      "joinDate status avatarUrl } }")["data"]["members"];
  CHECK(numbers_of(members) == Numbers{35, 36, 459, 5973, 6001});
  CHECK(members[0] == Json{{"id", 35},
                           {"name", "莫寒"},
                           {"pinyin", "mohan"},
                           {"group", "SNH48"},
                           {"appGroupId", 10},
                           {"team", {{"id", 1001}, {"name", "TEAM SII"}}},
                           {"joinDate", "2012-10-14"},
                           {"status", 3},
                           {"avatarUrl", "https://source.48.cn/avatar/35.jpg"}});
  CHECK(members[4] == Json{{"id", 6001},
                           {"name", "李清扬"},
                           {"pinyin", nullptr},
                           {"group", nullptr},
                           {"appGroupId", 15},
                           {"team", nullptr},
                           {"joinDate", nullptr},
                           {"status", 1},
                           {"avatarUrl", nullptr}});
}

TEST_CASE("members filters by group and team, alone and together", "[api][roster]") {
  MemberServer f;
  auto ids = [&f](const std::string& args) {
    return numbers_of(f.query("{ members" + args + " { id } }")["data"]["members"]);
  };
  CHECK(ids("(group: SNH48)") == Numbers{35, 36, 5973});
  CHECK(ids("(group: GNZ48)") == Numbers{459});
  CHECK(ids("(group: CGT48)").empty());
  CHECK(ids("(teamId: 1001)") == Numbers{35, 36});
  CHECK(ids("(teamId: 1099)") == Numbers{5973});
  CHECK(ids("(teamId: 1002)").empty());
  CHECK(ids("(group: SNH48, teamId: 1001)") == Numbers{35, 36});
  CHECK(ids("(group: GNZ48, teamId: 1001)").empty());
}

TEST_CASE("Member.team: the stored team, else one built from the member's reference",
          "[api][roster]") {
  MemberServer f;
  const Json members = f.query(
      "{ members(group: SNH48) { id team { id name group appGroupId "
      "color active } } }")["data"]["members"];
  CHECK(members[0]["team"] == Json{{"id", 1001},
                                   {"name", "TEAM SII"},
                                   {"group", "SNH48"},
                                   {"appGroupId", 10},
                                   {"color", "90CCEA"},
                                   {"active", true}});
  CHECK(members[2] == Json{{"id", 5973},
                           {"team",
                            {{"id", 1099},
                             {"name", "TEAM FT"},
                             {"group", "SNH48"},
                             {"appGroupId", 10},
                             {"color", nullptr},
                             {"active", true}}}});
}

TEST_CASE("teams, members and member VODs answer together in one request", "[api][roster]") {
  MemberServer f;
  const Json answer = f.query(
      "{ teams(group: GNZ48) { id active } members(group: GNZ48) { id team { id active } } "
      "memberVods(from: 0, to: 2000000000, group: GNZ48) { team { color } } }");
  CHECK(answer ==
        Json{{"data",
              {{"teams", Json::array({Json{{"id", 1201}, {"active", false}}})},
               {"members",
                Json::array({Json{{"id", 459}, {"team", {{"id", 1201}, {"active", false}}}}})},
               {"memberVods", Json::array({Json{{"team", {{"color", "A1D47A"}}}}})}}}});
}

TEST_CASE("members and teams of an empty database are empty lists", "[api][roster]") {
  ServerProcess server;
  const Json answer = post_graphql(server.port(), "{ members { id } teams { id } }").json();
  CHECK(answer == Json{{"data", {{"members", Json::array()}, {"teams", Json::array()}}}});
}

}  // namespace kvm48::test
