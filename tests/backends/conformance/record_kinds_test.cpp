// Conformance: a batch carrying every record kind: counts over all of them,
// statistics, all-or-nothing refusals across kinds, refusals before open, and the
// migration that added member VODs and the roster.

#include <catch2/catch.hpp>

#include "members.hpp"
#include "target.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

CrawlRun a_run(std::string source) {
  CrawlRun r;
  r.run_id = "run-1";
  r.source = std::move(source);
  r.plugin = "koudai48_v6";
  r.plugin_version = "1.0.0";
  r.mode = "incremental";
  r.started_at_ms = 1000;
  return r;
}

// A batch with good records of every kind, a checkpoint and a run record.
WriteBatch good_mixed_batch() {
  WriteBatch batch = batch_of({vod("324479006245982208", Group::snh48, 1555825500, 2772),
                               vod("app-only", Group::gnz48, 1555826400)},
                              "koudai48");
  batch.member_vods = {full_member_vod("1310392482355023873", 35, 1601510400000),
                       member_vod("1310392482355023874", 36, 1601510500000)};
  batch.teams = {team(1001, "TEAM SII", Group::snh48)};
  batch.members = {member(35, "莫寒", Group::snh48, TeamRef{1001, "TEAM SII"}),
                   member(36, "某", Group::snh48)};
  batch.checkpoints = {{"member_vods/newest", "1310392482355023874"}};
  batch.run = a_run("koudai48");
  return batch;
}

void check_store_is_empty(Backend& backend) {
  const BackendStatistics stats = statistics_of(backend);
  CHECK(stats.perf_vods == 0);
  CHECK(stats.member_vods == 0);
  CHECK(stats.teams == 0);
  CHECK(stats.members == 0);
  CHECK(stats.checkpoints == 0);
  CHECK(stats.crawl_runs == 0);
}

}  // namespace

TEST_CASE("counts add up over every record kind of a batch", "[kinds][upsert]") {
  auto s = open_fresh_store();
  WriteBatch batch = good_mixed_batch();
  CHECK(write_ok(*s.backend, batch) == UpsertCounts{7, 0, 0});
  CHECK(write_ok(*s.backend, batch) == UpsertCounts{0, 0, 7});

  batch.perf_vods[0].hd_stream = "hd";                          // updated
  batch.member_vods[1].cover_url = "https://x.invalid";         // updated
  batch.members[1].status = 2;                                  // updated
  batch.teams.push_back(team(1002, "TEAM NII", Group::snh48));  // new
  CHECK(write_ok(*s.backend, batch) == UpsertCounts{1, 3, 4});
}

TEST_CASE("statistics count member VODs, teams and members", "[kinds][stats]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, good_mixed_batch());
  const BackendStatistics stats = statistics_of(*s.backend);
  CHECK(stats.perf_vods == 2);
  CHECK(stats.member_vods == 2);
  CHECK(stats.teams == 1);
  CHECK(stats.members == 2);
  CHECK(stats.checkpoints == 1);
  CHECK(stats.crawl_runs == 1);
}

TEST_CASE("a bad member VOD, team or member refuses the whole batch and writes nothing",
          "[kinds][failure]") {
  auto s = open_fresh_store();
  struct Breakage {
    const char* what;
    void (*apply)(WriteBatch&);
  };
  const Breakage breakages[] = {
      {"member VOD without id", [](WriteBatch& b) { b.member_vods[1].id.clear(); }},
      {"member VOD id with a space", [](WriteBatch& b) { b.member_vods[0].id = "13103 92"; }},
      {"member VOD of member 0", [](WriteBatch& b) { b.member_vods[1].member_id = 0; }},
      {"member VOD without start time", [](WriteBatch& b) { b.member_vods[0].start_time_ms = 0; }},
      {"member VOD of unknown type",
       [](WriteBatch& b) { b.member_vods[0].type = static_cast<MemberVodType>(7); }},
      {"member VOD of unknown group",
       [](WriteBatch& b) { b.member_vods[0].group = static_cast<Group>(9); }},
      {"team with id 0", [](WriteBatch& b) { b.teams[0].id = 0; }},
      {"team without name", [](WriteBatch& b) { b.teams[0].name.clear(); }},
      {"team of unknown group", [](WriteBatch& b) { b.teams[0].group = static_cast<Group>(9); }},
      {"member with negative id", [](WriteBatch& b) { b.members[1].id = -1; }},
      {"member without name", [](WriteBatch& b) { b.members[0].name.clear(); }},
      {"member of unknown group",
       [](WriteBatch& b) { b.members[0].group = static_cast<Group>(0); }},
  };
  for (const Breakage& breakage : breakages) {
    INFO(breakage.what);
    WriteBatch batch = good_mixed_batch();
    breakage.apply(batch);
    UpsertCounts counts{9, 9, 9};
    const Status status = s.backend->write(batch, counts);
    CHECK(status.code() == StatusCode::invalid_data);
    CHECK_FALSE(status.message().empty());
    CHECK(counts == UpsertCounts{});
  }
  check_store_is_empty(*s.backend);
  std::vector<Checkpoint> checkpoints;
  REQUIRE(s.backend->get_checkpoints("koudai48", checkpoints).ok());
  CHECK(checkpoints.empty());
}

TEST_CASE("a perf VOD conflict refuses the member VODs and roster of its batch too",
          "[kinds][failure]") {
  auto s = open_fresh_store();
  write_ok(*s.backend, batch_of({vod("holder", Group::snh48, 1, 2772)}, "live48"));
  WriteBatch batch = good_mixed_batch();  // its first perf VOD claims l4c id 2772
  UpsertCounts counts;
  CHECK(s.backend->write(batch, counts).code() == StatusCode::conflict);
  CHECK(counts == UpsertCounts{});
  const BackendStatistics stats = statistics_of(*s.backend);
  CHECK(stats.perf_vods == 1);
  CHECK(stats.member_vods == 0);
  CHECK(stats.teams == 0);
  CHECK(stats.members == 0);
  CHECK(stats.checkpoints == 0);
  CHECK(stats.crawl_runs == 0);
  CHECK_FALSE(get_member_vod(*s.backend, "1310392482355023873"));
}

TEST_CASE("a backend that is not open refuses member VOD and roster calls as unavailable",
          "[kinds][open][failure]") {
  const auto store = conformance_target().fresh_store();
  auto backend = create_backend(conformance_target().plugin, store->options_yaml());
  const std::vector<std::string> ids = {"1"};
  std::vector<std::optional<MemberVod>> found;
  CHECK(backend->get_member_vods(ids, found).code() == StatusCode::unavailable);
  std::vector<MemberVod> range;
  CHECK(backend->member_vods_in_range(MemberVodQuery(0, 10), range).code() ==
        StatusCode::unavailable);
  std::vector<bool> known;
  CHECK(backend->known_member_vod_ids(ids, known).code() == StatusCode::unavailable);
  std::vector<Member> members;
  CHECK(backend->get_members({}, members).code() == StatusCode::unavailable);
  std::vector<Team> teams;
  CHECK(backend->get_teams(teams).code() == StatusCode::unavailable);
  UpsertCounts counts;
  CHECK(backend->write(member_vod_batch({member_vod("1", 1, 1)}), counts).code() ==
        StatusCode::unavailable);
}

TEST_CASE("migration 4 member_vods_and_roster is applied to a fresh store in every backend",
          "[kinds][open]") {
  const auto store = conformance_target().fresh_store();
  auto backend = create_backend(conformance_target().plugin, store->options_yaml());
  MigrationReport report;
  REQUIRE(backend->open(OpenOptions{}, report).ok());
  REQUIRE(report.applied.size() >= 4);
  CHECK(report.applied[3].number == 4);
  CHECK(report.applied[3].name == "member_vods_and_roster");
  CHECK(report.version_after >= 4);
}
