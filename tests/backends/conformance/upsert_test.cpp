// Conformance: idempotent upsert by canonical id, the merge rule, counts, and
// refusals that leave nothing behind.

#include <algorithm>

#include <catch2/catch.hpp>

#include "target.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

TEST_CASE("a batch of new VODs inserts every record and counts each as new", "[upsert]") {
  auto s = open_fresh_store();
  const auto fixture = original_fixture();
  const auto counts = write_ok(*s.backend, batch_of(fixture, "live48"));
  CHECK(counts == UpsertCounts{5, 0, 0});
  for (const PerfVod& expected : fixture) {
    auto stored = get_one(*s.backend, expected.id);
    REQUIRE(stored);
    PerfVod want = expected;
    want.sources = {"live48"};
    CHECK(*stored == want);
  }
}

TEST_CASE("writing the same batch again changes nothing and counts every record unchanged",
          "[upsert]") {
  auto s = open_fresh_store();
  const auto batch = batch_of(original_fixture(), "live48");
  write_ok(*s.backend, batch);
  const auto before = get_one(*s.backend, "324479006245982208");
  CHECK(write_ok(*s.backend, batch) == UpsertCounts{0, 0, 5});
  CHECK(write_ok(*s.backend, batch) == UpsertCounts{0, 0, 5});
  CHECK(get_one(*s.backend, "324479006245982208") == before);
}

TEST_CASE("a VOD seen by two sources is one record holding what each knows", "[upsert][merge]") {
  auto s = open_fresh_store();
  PerfVod from_site = vod("324479006245982208", Group::snh48, 1555825500, 2772);
  from_site.title = "《重生计划》剧场公演";
  from_site.subtitle = "莫寒生日公演";
  from_site.hd_stream = "http://example.invalid/site-hd.m3u8";
  PerfVod from_app = vod("324479006245982208", Group::snh48, 1555825500);
  from_app.title = "《重生计划》剧场公演";
  from_app.teams = {{1001, "TEAM SII"}};
  from_app.cover_url = "https://source.48.cn/mediasource/live/1555670301617L2slw8tD09.jpg";
  from_app.sd_stream = "http://example.invalid/app-sd.m3u8";

  CHECK(write_ok(*s.backend, batch_of({from_site}, "live48")) == UpsertCounts{1, 0, 0});
  CHECK(write_ok(*s.backend, batch_of({from_app}, "koudai48")) == UpsertCounts{0, 1, 0});

  auto merged = get_one(*s.backend, from_site.id);
  REQUIRE(merged);
  CHECK(merged->l4c_club_id == 1);
  CHECK(merged->l4c_id == 2772);
  CHECK(merged->subtitle == "莫寒生日公演");
  CHECK(merged->hd_stream == from_site.hd_stream);
  CHECK(merged->sd_stream == from_app.sd_stream);
  CHECK(merged->cover_url == from_app.cover_url);
  CHECK(merged->teams == std::vector<TeamRef>{{1001, "TEAM SII"}});
  CHECK(merged->sources == std::vector<std::string>{"koudai48", "live48"});

  // Each source writing again what it knows changes nothing.
  CHECK(write_ok(*s.backend, batch_of({from_site}, "live48")) == UpsertCounts{0, 0, 1});
  CHECK(write_ok(*s.backend, batch_of({from_app}, "koudai48")) == UpsertCounts{0, 0, 1});
  CHECK(get_one(*s.backend, from_site.id) == merged);
}

TEST_CASE("a field the later write sets wins, and a field it leaves unset keeps its value",
          "[upsert][merge]") {
  auto s = open_fresh_store();
  PerfVod first = vod("5c332c640cf27e32089829a8", Group::snh48, 1547375400, 2580);
  first.hd_stream = "old-hd";
  first.fhd_stream = "old-fhd";
  first.teams = {{1002, "TEAM NII"}};
  write_ok(*s.backend, batch_of({first}));

  PerfVod later = vod("5c332c640cf27e32089829a8", Group::snh48, 1547375401);
  later.title = "new title";
  later.hd_stream = "new-hd";
  CHECK(write_ok(*s.backend, batch_of({later})) == UpsertCounts{0, 1, 0});

  auto stored = get_one(*s.backend, first.id);
  REQUIRE(stored);
  CHECK(stored->title == "new title");
  CHECK(stored->start_time == 1547375401);
  CHECK(stored->hd_stream == "new-hd");
  CHECK(stored->fhd_stream == "old-fhd");
  CHECK(stored->teams == first.teams);
  CHECK(stored->l4c_id == 2580);
}

TEST_CASE("the first l4c page of a canonical id is kept when a duplicate page names another",
          "[upsert][merge]") {
  auto s = open_fresh_store();
  // live.48.cn pages 2580 and 2592 carry the same canonical id (UPSTREAM.md 4.6).
  write_ok(*s.backend, batch_of({vod("5c332c640cf27e32089829a8", Group::snh48, 1547375400, 2580)}));
  CHECK(write_ok(*s.backend, batch_of({vod("5c332c640cf27e32089829a8", Group::snh48, 1547375400,
                                           2592)})) == UpsertCounts{0, 0, 1});
  auto stored = get_one(*s.backend, "5c332c640cf27e32089829a8");
  REQUIRE(stored);
  CHECK(stored->l4c_id == 2580);
}

TEST_CASE("the sources of a VOD grow as a set and stay sorted", "[upsert][merge]") {
  auto s = open_fresh_store();
  const PerfVod v = vod("324479006245982208", Group::snh48, 1555825500);
  CHECK(write_ok(*s.backend, batch_of({v}, "zeta")) == UpsertCounts{1, 0, 0});
  CHECK(write_ok(*s.backend, batch_of({v}, "alpha")) == UpsertCounts{0, 1, 0});
  CHECK(write_ok(*s.backend, batch_of({v}, "zeta")) == UpsertCounts{0, 0, 1});
  CHECK(get_one(*s.backend, v.id)->sources == std::vector<std::string>{"alpha", "zeta"});
}

TEST_CASE("source names with quotes, commas, brackets and non-ASCII read back as written",
          "[upsert][merge]") {
  auto s = open_fresh_store();
  const PerfVod v = vod("324479006245982208", Group::snh48, 1555825500);
  const std::vector<std::string> names = {"a\"b", "c,d", "e]\\", "[f", "星梦"};
  for (const std::string& name : names) write_ok(*s.backend, batch_of({v}, name));
  std::vector<std::string> sorted = names;
  std::sort(sorted.begin(), sorted.end());
  CHECK(get_one(*s.backend, v.id)->sources == sorted);
}

TEST_CASE("VOD team lists read back as written, whatever the names hold", "[upsert]") {
  auto s = open_fresh_store();
  PerfVod v = vod("324479006245982208", Group::snh48, 1555825500);
  v.teams = {{1301, "TEAM SIII"}, {-7, "a\"b"}, {0, "},{\"id\":1"},
             {42, "c\\d"},        {9, "星梦"},  {5, ""}};
  write_ok(*s.backend, batch_of({v}, "koudai48"));
  CHECK(get_one(*s.backend, v.id)->teams == v.teams);
  PerfVod one = vod("324479006245982209", Group::snh48, 1555825501);
  one.teams = {{1004, "TEAM X"}};
  write_ok(*s.backend, batch_of({one}, "koudai48"));
  CHECK(get_one(*s.backend, one.id)->teams == one.teams);
}

TEST_CASE("a record repeated within one batch is merged into itself and counted each time",
          "[upsert]") {
  auto s = open_fresh_store();
  PerfVod a = vod("324479006245982208", Group::snh48, 1555825500, 2772);
  PerfVod b = a;
  b.hd_stream = "hd";
  CHECK(write_ok(*s.backend, batch_of({a, a, b})) == UpsertCounts{1, 1, 1});
  CHECK(get_one(*s.backend, a.id)->hd_stream == "hd");
}

TEST_CASE("canonical ids are stored verbatim as text, never as numbers", "[upsert]") {
  auto s = open_fresh_store();
  // Wider than int64, leading zeros, hex, and a digit string that a double would round.
  const std::vector<std::string> ids = {"18446744073709551617", "0007", "5bd81e5a0cf27e320898288b",
                                        "1310392482355023873", "1310392482355023872"};
  std::vector<PerfVod> vods;
  for (const auto& id : ids) vods.push_back(vod(id, Group::cgt48, 1700000000));
  CHECK(write_ok(*s.backend, batch_of(vods)).inserted == ids.size());
  std::vector<std::optional<PerfVod>> out;
  REQUIRE(s.backend->get_perf_vods(ids, out).ok());
  REQUIRE(out.size() == ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    REQUIRE(out[i]);
    CHECK(out[i]->id == ids[i]);
  }
  CHECK_FALSE(get_one(*s.backend, "7"));
}

TEST_CASE("a VOD taking an l4c id another VOD holds fails the whole batch with conflict",
          "[upsert][failure]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, batch_of({vod("a-first", Group::gnz48, 1541329200, 1750)}));
  WriteBatch batch = batch_of({vod("b-innocent", Group::gnz48, 1541500000, 2000),
                               vod("c-clash", Group::gnz48, 1541763000, 1750)});
  batch.checkpoints = {{"club/3/page", "7"}};
  UpsertCounts counts{9, 9, 9};
  const Status status = s.backend->write(batch, counts);
  CHECK(status.code() == StatusCode::conflict);
  CHECK_THAT(status.message(),
             Catch::Contains("1750") && Catch::Contains("a-first") && Catch::Contains("c-clash"));
  CHECK(counts == UpsertCounts{});
  CHECK_FALSE(get_one(*s.backend, "b-innocent"));
  CHECK_FALSE(get_one(*s.backend, "c-clash"));
  std::vector<Checkpoint> checkpoints;
  REQUIRE(s.backend->get_checkpoints("test_source", checkpoints).ok());
  CHECK(checkpoints.empty());
}

TEST_CASE("a batch with an invalid record is refused as invalid_data and stores nothing",
          "[upsert][failure]") {
  auto s = open_fresh_store();
  PerfVod half_l4c = vod("half", Group::snh48, 1);
  half_l4c.l4c_id = 5;  // club missing
  PerfVod bad_club = vod("bad-club", Group::snh48, 1, 6);
  bad_club.l4c_club_id = 9;
  const std::vector<PerfVod> bad = {vod("", Group::snh48, 1), vod("has space", Group::snh48, 1),
                                    vod(std::string(65, 'x'), Group::snh48, 1), half_l4c, bad_club};
  for (const PerfVod& b : bad) {
    INFO("id '" << b.id << "'");
    UpsertCounts counts;
    const Status status = s.backend->write(batch_of({vod("fine", Group::snh48, 1), b}), counts);
    CHECK(status.code() == StatusCode::invalid_data);
    CHECK_FALSE(status.message().empty());
  }
  CHECK_FALSE(get_one(*s.backend, "fine"));

  WriteBatch anonymous;
  anonymous.checkpoints = {{"k", "v"}};
  UpsertCounts counts;
  CHECK(s.backend->write(anonymous, counts).code() == StatusCode::invalid_data);
}

TEST_CASE("records written by one instance are seen by another on the same store", "[upsert]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, batch_of(original_fixture()));
  auto other = s.open_again();
  CHECK(get_one(*other, "324479006245982208"));
  CHECK(write_ok(*other, batch_of(original_fixture())) == UpsertCounts{0, 0, 5});
}

TEST_CASE("a VOD first known only to the app API gains its live.48.cn page when the site sees it",
          "[upsert][merge]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, batch_of({vod("324479006245982208", Group::snh48, 1555825500)}, "koudai48"));
  std::vector<bool> known;
  const std::vector<L4cPageRef> page = {{1, 2772}};
  REQUIRE(s.backend->known_l4c_pages(page, known).ok());
  CHECK(known == std::vector<bool>{false});

  CHECK(write_ok(*s.backend, batch_of({vod("324479006245982208", Group::snh48, 1555825500, 2772)},
                                      "live48")) == UpsertCounts{0, 1, 0});
  REQUIRE(s.backend->known_l4c_pages(page, known).ok());
  CHECK(known == std::vector<bool>{true});
  CHECK(get_one(*s.backend, "324479006245982208")->l4c_club_id == 1);
}

TEST_CASE("an update giving a VOD an l4c id another VOD holds fails with conflict",
          "[upsert][failure]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, batch_of({vod("holder", Group::gnz48, 1541329200, 1750),
                                 vod("app-only", Group::gnz48, 1541763000)}));
  UpsertCounts counts;
  const Status status =
      s.backend->write(batch_of({vod("app-only", Group::gnz48, 1541763000, 1750)}), counts);
  CHECK(status.code() == StatusCode::conflict);
  CHECK_FALSE(get_one(*s.backend, "app-only")->l4c_id);
}
