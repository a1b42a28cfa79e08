#include "copy_fixture.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <limits>
#include <sstream>

#include "loaded_backend.hpp"
#include "members.hpp"
#include "test_postgres.hpp"
#include "vods.hpp"

namespace kvm48::test {
namespace {

std::string indented(const std::string& yaml) {
  std::istringstream in(yaml);
  std::string line;
  std::string out;
  while (std::getline(in, line)) out += "    " + line + "\n";
  return out;
}

CrawlRun run_record(std::string id, std::string source, std::int64_t started, bool finished) {
  CrawlRun r;
  r.run_id = std::move(id);
  r.source = std::move(source);
  r.plugin = "live48_web";
  r.plugin_version = "1.2.0";
  r.mode = "full legacy limit-pages=3";
  r.started_at_ms = started;
  if (finished) {
    r.finished_at_ms = started + 61234;
    r.outcome = RunOutcome::failed;
    r.error = "upstream answered 503 three times";
  }
  r.requests = 120;
  r.retries = 3;
  r.items_new = 40;
  r.items_updated = 2;
  r.items_unchanged = 78;
  return r;
}

std::vector<PerfVod> perf_vods() {
  std::vector<PerfVod> out = original_fixture();
  PerfVod app = vod("1120048123456789012", Group::cgt48, 1700000000);
  app.cover_url = "https://source.48.cn/cover.jpg";
  app.teams = {{1201, "TEAM G"}, {1202, "TEAM NIII"}};
  app.hd_stream = "https://hd.invalid/x.m3u8";
  out.push_back(app);
  // 20 VODs in one second and 20 more spread around it: pages of 7 split the second.
  for (int i = 0; i < 40; ++i) {
    const std::int64_t t = i < 20 ? 1600000000 : 1600000000 + (i - 25) * 60;
    PerfVod v = vod("5f0000000000000000000" + std::to_string(100 + i), Group::gnz48, t, 10000 + i);
    if (i % 3 == 0) v.subtitle = "副标题 " + std::to_string(i);
    if (i % 4 == 0) v.sd_stream = "https://sd.invalid/" + std::to_string(i);
    out.push_back(v);
  }
  return out;
}

std::vector<MemberVod> member_vods() {
  std::vector<MemberVod> out;
  for (int i = 0; i < 30; ++i) {
    // 12 in one second (different milliseconds), the rest a minute apart.
    const std::int64_t ms =
        i < 12 ? 1601510400000 + i * 50 : 1601510400000 + std::int64_t{i} * 60000;
    MemberVod v = i % 2 == 0 ? full_member_vod("13103924823550238" + std::to_string(10 + i), 35, ms)
                             : member_vod("13103924823550238" + std::to_string(10 + i), 36, ms);
    if (i % 5 == 0) {
      v.type = MemberVodType::radio;
      v.group.reset();
      v.app_group_id = 15;
    }
    out.push_back(v);
  }
  return out;
}

}  // namespace

void write_every_kind(const std::string& plugin, const std::string& options_yaml) {
  auto backend = open_backend(plugin, options_yaml);
  // Two sources saw the first VOD: its `sources` must survive the copy as they are.
  auto vods = perf_vods();
  write_ok(*backend, batch_of(vods, "live48"));
  write_ok(*backend, batch_of({vods[0], vods[5]}, "koudai48"));
  write_ok(*backend, member_vod_batch(member_vods(), "koudai48"));
  Team dissolved = team(1103, "TEAM X", Group::snh48);
  dissolved.active = false;
  dissolved.color = "A5CD39";
  Team unarchived = team(1501, "IDFT", Group::snh48);
  unarchived.group.reset();
  unarchived.app_group_id = 15;
  Member full = member(35, "莫寒", Group::snh48, TeamRef{1001, "TEAM SII"});
  full.pinyin = "mohan";
  full.join_date = "2012-10-14";
  full.status = 3;
  full.avatar_url = "https://source.48.cn/avatar/35.jpg";
  write_ok(*backend,
           roster_batch({team(1001, "TEAM SII", Group::snh48), dissolved, unarchived},
                        {full, member(36, "某", Group::snh48), member(99, "无", {})}, "koudai48"));
  WriteBatch live48;
  live48.source = "live48";
  live48.checkpoints = {{"club/1/newest", "2777"}, {"club/3/newest", "2773"}};
  live48.run = run_record("run-live48-1", "live48", 1555843500000, true);
  write_ok(*backend, live48);
  WriteBatch koudai48;
  koudai48.source = "koudai48";
  koudai48.checkpoints = {{"member_vods/newest", "1310392482355023839"}};
  koudai48.run = run_record("run-koudai48-1", "koudai48", 1555843600000, false);
  write_ok(*backend, koudai48);
  // A source with checkpoints and no run: only the configuration names it.
  WriteBatch quiet;
  quiet.source = "no_runs_yet";
  quiet.checkpoints = {{"resume", "page 4"}};
  write_ok(*backend, quiet);
}

Everything read_everything(const std::string& plugin, const std::string& options_yaml) {
  auto backend = open_backend(plugin, options_yaml);
  Everything all;
  PerfVodRange range;
  range.from = std::numeric_limits<std::int64_t>::min();
  range.to = std::numeric_limits<std::int64_t>::max();
  all.perf_vods = in_range(*backend, range);
  all.member_vods = member_vods_in(*backend, MemberVodQuery(0, 9000000000));
  all.teams = all_teams(*backend);
  all.members = members_where(*backend, MemberFilter{});
  for (const auto& source : kFixtureSources) {
    std::vector<Checkpoint> entries;
    REQUIRE(backend->get_checkpoints(source, entries).ok());
    all.checkpoints.push_back(entries);
  }
  REQUIRE(backend->get_crawl_runs("", 0, all.runs).ok());
  return all;
}

std::string write_config(const std::string& directory, const std::string& name,
                         const std::string& plugin, const std::string& options_yaml,
                         const std::string& sources_yaml) {
  const std::string path = directory + "/" + name;
  std::ofstream out(path);
  out << "log:\n  level: warning\n"
      << "plugins:\n  builtin: false\n  directories: [\"" << KVM48_TEST_PLUGIN_DIR << "\"]\n"
      << "backend:\n  plugin: " << plugin << "\n  options:\n"
      << indented(options_yaml) << sources_yaml;
  return path;
}

ProcessRun run_copy(const std::string& from, const std::string& to,
                    const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"copy", "--config", from, "--to", to};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_process(KVM48_SERVER_BINARY, args);
}

std::string sqlite_options(const std::string& path) {
  return "path: \"" + path + "\"\n";
}

std::string postgres_options(const std::string& schema) {
  return "uri: \"" + test_pg_uri() + "\"\nschema: " + schema + "\npool_size: 2\n";
}

}  // namespace kvm48::test
