// Conformance: the roster (teams and members): replaced by id, listed by id,
// members filtered by group and team.

#include <catch2/catch.hpp>

#include "members.hpp"
#include "target.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

TEST_CASE("teams and members are stored whole and listed by id", "[roster]") {
  auto s = open_fresh_store();
  Team sii = team(1001, "TEAM SII", Group::snh48);
  sii.color = "90CCEA";
  Team dissolved = team(1203, "TEAM X", Group::bej48);
  dissolved.active = false;
  Team idft;  // an app group without an archive: no Group
  idft.id = 1501;
  idft.name = "IDFT";
  idft.app_group_id = 15;
  Member mo = member(35, "莫寒", Group::snh48, TeamRef{1001, "TEAM SII"});
  mo.pinyin = "mohan";
  mo.join_date = "2012-10-14";
  mo.status = 3;
  mo.avatar_url = "https://source.48.cn/avatar/35.jpg";
  const Member group_level = member(7, "研究生", Group::snh48);
  const Member idft_member = member(900001, "某某", std::nullopt);

  CHECK(
      write_ok(*s.backend, roster_batch({idft, sii, dissolved}, {mo, idft_member, group_level})) ==
      UpsertCounts{6, 0, 0});
  CHECK(all_teams(*s.backend) == std::vector<Team>{sii, dissolved, idft});
  CHECK(members_where(*s.backend, {}) == std::vector<Member>{group_level, mo, idft_member});
}

TEST_CASE("a roster entry written again replaces the stored one, unset fields included",
          "[roster][upsert]") {
  auto s = open_fresh_store();
  Team t = team(1001, "TEAM SII", Group::snh48);
  t.color = "90CCEA";
  Member m = member(35, "莫寒", Group::snh48, TeamRef{1001, "TEAM SII"});
  m.pinyin = "mohan";
  m.avatar_url = "https://source.48.cn/avatar/35.jpg";
  write_ok(*s.backend, roster_batch({t}, {m}));
  CHECK(write_ok(*s.backend, roster_batch({t}, {m})) == UpsertCounts{0, 0, 2});

  Team renamed = t;
  renamed.color.reset();
  renamed.active = false;
  Member moved = member(35, "莫寒", Group::snh48);  // left her team; no pinyin, no avatar
  moved.status = 3;
  CHECK(write_ok(*s.backend, roster_batch({renamed}, {moved})) == UpsertCounts{0, 2, 0});
  CHECK(all_teams(*s.backend) == std::vector<Team>{renamed});
  CHECK(members_where(*s.backend, {}) == std::vector<Member>{moved});
}

TEST_CASE("members are filtered by group, by team, or both, and ordered by id", "[roster]") {
  auto s = open_fresh_store();
  const TeamRef sii{1001, "TEAM SII"};
  const TeamRef nii{1002, "TEAM NII"};
  const TeamRef e{1201, "TEAM E"};
  write_ok(*s.backend,
           roster_batch({}, {member(63, "a", Group::snh48, nii), member(35, "b", Group::snh48, sii),
                             member(2, "c", Group::snh48), member(500, "d", Group::bej48, e),
                             member(40, "e", Group::snh48, sii), member(9, "f", std::nullopt),
                             member(41, "g", Group::bej48, sii)}));
  CHECK(member_ids(members_where(*s.backend, {})) ==
        std::vector<std::int64_t>{2, 9, 35, 40, 41, 63, 500});
  CHECK(member_ids(members_where(*s.backend, MemberFilter{Group::snh48, std::nullopt})) ==
        std::vector<std::int64_t>{2, 35, 40, 63});
  CHECK(member_ids(members_where(*s.backend, MemberFilter{std::nullopt, 1001})) ==
        std::vector<std::int64_t>{35, 40, 41});
  CHECK(member_ids(members_where(*s.backend, MemberFilter{Group::snh48, 1001})) ==
        std::vector<std::int64_t>{35, 40});
  CHECK(members_where(*s.backend, MemberFilter{Group::cgt48, std::nullopt}).empty());
  CHECK(members_where(*s.backend, MemberFilter{std::nullopt, 9999}).empty());
  CHECK(members_where(*s.backend, MemberFilter{Group::bej48, 1002}).empty());
}

TEST_CASE("an empty store has no teams and no members", "[roster]") {
  auto s = open_fresh_store();
  CHECK(all_teams(*s.backend).empty());
  CHECK(members_where(*s.backend, {}).empty());
  std::vector<Team> teams = {team(1, "stale", Group::snh48)};  // stale content must go
  REQUIRE(s.backend->get_teams(teams).ok());
  CHECK(teams.empty());
}
