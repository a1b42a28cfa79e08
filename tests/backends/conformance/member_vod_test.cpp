// Conformance: member VODs (a member's own live and radio recordings): upsert
// by id with merge_member_vod, lookups, known ids, time ranges with filters.

#include <catch2/catch.hpp>

#include "members.hpp"
#include "target.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

// 2020-10-01 00:00:00 UTC, in seconds and milliseconds.
constexpr std::int64_t kDay = 1601510400;
constexpr std::int64_t kDayMs = kDay * 1000;

}  // namespace

TEST_CASE("new member VODs are stored whole and counted as new", "[member_vod][upsert]") {
  auto s = open_fresh_store();
  MemberVod full = full_member_vod("1310392482355023873", 35, kDayMs + 123);
  MemberVod bare = member_vod("1310392482355023874", 36, kDayMs + 456);
  bare.group.reset();  // an app group without an archive (IDFT)
  bare.app_group_id = 15;
  bare.type = MemberVodType::radio;
  CHECK(write_ok(*s.backend, member_vod_batch({full, bare})) == UpsertCounts{2, 0, 0});
  CHECK(get_member_vod(*s.backend, full.id) == full);
  CHECK(get_member_vod(*s.backend, bare.id) == bare);
}

TEST_CASE("member VOD ids of 18-19 digits are stored verbatim as text, never as numbers",
          "[member_vod][upsert]") {
  auto s = open_fresh_store();
  // Neighbours a double cannot tell apart, one wider than int64, and leading zeros.
  const std::vector<std::string> ids = {"1310392482355023873", "1310392482355023872",
                                        "324479006241787906", "18446744073709551617", "0007"};
  std::vector<MemberVod> vods;
  for (const auto& id : ids) vods.push_back(member_vod(id, 35, kDayMs));
  CHECK(write_ok(*s.backend, member_vod_batch(vods)).inserted == ids.size());
  std::vector<std::optional<MemberVod>> out;
  REQUIRE(s.backend->get_member_vods(ids, out).ok());
  REQUIRE(out.size() == ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    REQUIRE(out[i]);
    CHECK(out[i]->id == ids[i]);
  }
  CHECK_FALSE(get_member_vod(*s.backend, "7"));
  CHECK_FALSE(get_member_vod(*s.backend, "1310392482355023870"));
  CHECK(member_vod_ids(member_vods_in(*s.backend, MemberVodQuery(kDay, kDay + 1))) ==
        std::vector<std::string>{"0007", "1310392482355023872", "1310392482355023873",
                                 "18446744073709551617", "324479006241787906"});
}

TEST_CASE("a member VOD written again counts unchanged, and changed when a field differs",
          "[member_vod][upsert]") {
  auto s = open_fresh_store();
  const MemberVod v = full_member_vod("1310392482355023873", 35, kDayMs);
  const auto batch = member_vod_batch({v});
  CHECK(write_ok(*s.backend, batch) == UpsertCounts{1, 0, 0});
  CHECK(write_ok(*s.backend, batch) == UpsertCounts{0, 0, 1});
  MemberVod retitled = v;
  retitled.title = "新标题";
  CHECK(write_ok(*s.backend, member_vod_batch({retitled})) == UpsertCounts{0, 1, 0});
  CHECK(get_member_vod(*s.backend, v.id) == retitled);
}

TEST_CASE("merging a member VOD keeps a stored danmaku URL the incoming record lacks",
          "[member_vod][merge]") {
  auto s = open_fresh_store();
  const MemberVod stored = full_member_vod("1310392482355023873", 35, kDayMs);
  write_ok(*s.backend, member_vod_batch({stored}));

  MemberVod later = member_vod(stored.id, 35, kDayMs + 1000);  // a detail fetch that lost things
  later.group.reset();
  later.app_group_id = 0;
  later.title = "later title";
  later.vod_url = "https://example.invalid/newer.m3u8";
  CHECK(write_ok(*s.backend, member_vod_batch({later})) == UpsertCounts{0, 1, 0});

  const auto got = get_member_vod(*s.backend, stored.id);
  REQUIRE(got);
  CHECK(*got == merge_member_vod(stored, later));
  CHECK(got->danmaku_url == stored.danmaku_url);
  CHECK(got->cover_url == stored.cover_url);
  CHECK(got->team == stored.team);
  CHECK(got->group == Group::snh48);
  CHECK(got->app_group_id == 10);
  CHECK(got->title == "later title");
  CHECK(got->start_time_ms == kDayMs + 1000);
  CHECK(got->vod_url == later.vod_url);
  CHECK(write_ok(*s.backend, member_vod_batch({later})) == UpsertCounts{0, 0, 1});
}

TEST_CASE("a member VOD repeated within one batch is merged into the first and counted each time",
          "[member_vod][upsert]") {
  auto s = open_fresh_store();
  const MemberVod a = member_vod("1310392482355023873", 35, kDayMs);
  MemberVod b = a;
  b.danmaku_url = "https://example.invalid/d.lrc";
  CHECK(write_ok(*s.backend, member_vod_batch({a, a, b, a})) == UpsertCounts{1, 1, 2});
  CHECK(get_member_vod(*s.backend, a.id)->danmaku_url == b.danmaku_url);
}

TEST_CASE("a member VOD lookup answers in the order asked, null for unknown ids, repeats included",
          "[member_vod][lookup]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, member_vod_batch({member_vod("111", 1, kDayMs), member_vod("222", 2, 5)}));
  const std::vector<std::string> ids = {"222", "nope", "111", "222", ""};
  std::vector<std::optional<MemberVod>> out = {MemberVod{}};  // stale content must go
  REQUIRE(s.backend->get_member_vods(ids, out).ok());
  REQUIRE(out.size() == ids.size());
  CHECK(out[0]->member_id == 2);
  CHECK_FALSE(out[1]);
  CHECK(out[2]->member_id == 1);
  CHECK(out[3] == out[0]);
  CHECK_FALSE(out[4]);
  REQUIRE(s.backend->get_member_vods({}, out).ok());
  CHECK(out.empty());
}

TEST_CASE("known member VOD ids answer per id, apart from perf VODs with the same id",
          "[member_vod][known]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, member_vod_batch({member_vod("1310392482355023873", 35, kDayMs)}));
  write_ok(*s.backend, batch_of({vod("324479006245982208", Group::snh48, kDay)}));
  const std::vector<std::string> ids = {"1310392482355023873", "324479006245982208",
                                        "1310392482355023873", "1"};
  std::vector<bool> known;
  REQUIRE(s.backend->known_member_vod_ids(ids, known).ok());
  CHECK(known == std::vector<bool>{true, false, true, false});
  REQUIRE(s.backend->known_perf_vod_ids(ids, known).ok());
  CHECK(known == std::vector<bool>{false, true, false, false});
  REQUIRE(s.backend->known_member_vod_ids({}, known).ok());
  CHECK(known.empty());
}

TEST_CASE(
    "a member VOD range includes from and excludes to, in seconds against millisecond start times",
    "[member_vod][range]") {
  auto s = open_fresh_store();
  write_ok(*s.backend,
           member_vod_batch({member_vod("before", 1, kDayMs - 1), member_vod("at-from", 1, kDayMs),
                             member_vod("last-ms", 1, kDayMs + 86400 * 1000 - 1),
                             member_vod("at-to", 1, kDayMs + 86400 * 1000)}));
  CHECK(member_vod_ids(member_vods_in(*s.backend, MemberVodQuery(kDay, kDay + 86400))) ==
        std::vector<std::string>{"at-from", "last-ms"});
  CHECK(member_vod_ids(member_vods_in(*s.backend, MemberVodQuery(kDay - 1, kDay))) ==
        std::vector<std::string>{"before"});
  CHECK(member_vods_in(*s.backend, MemberVodQuery(kDay, kDay)).empty());
  CHECK(member_vods_in(*s.backend, MemberVodQuery(kDay + 10, kDay)).empty());
  // Bounds far outside the millisecond range neither overflow nor lose rows.
  CHECK(member_vods_in(*s.backend, MemberVodQuery(-(std::int64_t{1} << 62), std::int64_t{1} << 62))
            .size() == 4);
}

TEST_CASE("member VOD ranges are ordered by start time, then id in byte order",
          "[member_vod][range]") {
  auto s = open_fresh_store();
  write_ok(*s.backend,
           member_vod_batch({member_vod("b", 1, kDayMs + 5), member_vod("a", 1, kDayMs),
                             member_vod("2", 1, kDayMs + 5), member_vod("B", 1, kDayMs + 5),
                             member_vod("10", 1, kDayMs + 5)}));
  CHECK(member_vod_ids(member_vods_in(*s.backend, MemberVodQuery(kDay, kDay + 1))) ==
        std::vector<std::string>{"a", "10", "2", "B", "b"});
}

TEST_CASE("member VOD ranges filter by group, member and type, combined, and stop at the limit",
          "[member_vod][range]") {
  auto s = open_fresh_store();
  std::vector<MemberVod> vods;
  for (int i = 0; i < 40; ++i) {
    MemberVod v = member_vod("v" + std::to_string(100 + i), 30 + i % 4, kDayMs + i * 1000);
    v.group = i % 5 == 4 ? std::nullopt
                         : std::optional<Group>(kAllGroups[static_cast<std::size_t>(i % 2)]);
    v.type = i % 3 == 0 ? MemberVodType::radio : MemberVodType::live;
    vods.push_back(std::move(v));
  }
  write_ok(*s.backend, member_vod_batch(vods));
  auto expect = [&](auto keep, std::size_t limit = 0) {
    std::vector<std::string> out;
    for (const MemberVod& v : vods) {
      if (keep(v) && (limit == 0 || out.size() < limit)) out.push_back(v.id);
    }
    return out;
  };
  const std::int64_t from = kDay;
  const std::int64_t to = kDay + 100;

  const auto bej = member_vods_in(*s.backend, MemberVodQuery(from, to).group(Group::bej48));
  CHECK(member_vod_ids(bej) == expect([](const MemberVod& v) { return v.group == Group::bej48; }));
  CHECK_FALSE(bej.empty());
  CHECK(member_vod_ids(member_vods_in(*s.backend, MemberVodQuery(from, to).member(31))) ==
        expect([](const MemberVod& v) { return v.member_id == 31; }));
  CHECK(member_vod_ids(
            member_vods_in(*s.backend, MemberVodQuery(from, to).type(MemberVodType::radio))) ==
        expect([](const MemberVod& v) { return v.type == MemberVodType::radio; }));
  const auto all_three = member_vods_in(
      *s.backend,
      MemberVodQuery(from, to).group(Group::snh48).member(30).type(MemberVodType::radio));
  CHECK(member_vod_ids(all_three) == expect([](const MemberVod& v) {
          return v.group == Group::snh48 && v.member_id == 30 && v.type == MemberVodType::radio;
        }));
  CHECK_FALSE(all_three.empty());
  CHECK(member_vod_ids(member_vods_in(*s.backend, MemberVodQuery(from, to).limit(3))) ==
        std::vector<std::string>{"v100", "v101", "v102"});
  CHECK(member_vod_ids(member_vods_in(
            *s.backend, MemberVodQuery(from, to).type(MemberVodType::live).limit(4))) ==
        expect([](const MemberVod& v) { return v.type == MemberVodType::live; }, 4));
  CHECK(member_vods_in(*s.backend, MemberVodQuery(from, to).limit(1000)).size() == 40);
  CHECK(member_vods_in(*s.backend, MemberVodQuery(from, to).member(99)).empty());
}
