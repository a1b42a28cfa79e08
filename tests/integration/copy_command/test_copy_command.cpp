// `kvm48-server copy` end to end: the real binary, the real sqlite and postgres plugins, real
// SQLite files and a real throwaway PostgreSQL (the CTest fixture `postgres`).

#include <catch2/catch.hpp>

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include "copy_fixture.hpp"
#include "loaded_backend.hpp"
#include "server_process.hpp"
#include "test_postgres.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

const std::string kNamesQuietSource =
    "sources:\n  - name: no_runs_yet\n    plugin: live48_web\n    enabled: false\n";

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a round trip SQLite -> PostgreSQL -> SQLite keeps every record of every kind",
          "[copy]") {
  TempDir dir;
  ScratchSchema schema("copy_trip");
  const std::string a = dir.path() + "/a.db";
  const std::string c = dir.path() + "/c.db";
  write_every_kind("sqlite", sqlite_options(a));
  const auto from =
      write_config(dir.path(), "a.yaml", "sqlite", sqlite_options(a), kNamesQuietSource);
  // The PostgreSQL configuration is the SQLite one with the backend switched, sources kept.
  const auto pg = write_config(dir.path(), "b.yaml", "postgres", postgres_options(schema.name()),
                               kNamesQuietSource);
  const auto back = write_config(dir.path(), "c.yaml", "sqlite", sqlite_options(c));

  // Pages of 7: the 20 perf VODs and 12 member VODs sharing one second cross page ends.
  const ProcessRun there = run_copy(from, pg, {"--batch-size", "7"});
  INFO(there.out << there.err);
  REQUIRE(there.status == 0);
  CHECK(has(there.out, "perf VODs    source 46, copied 46 (46 new), destination 0 -> 46: ok"));
  CHECK(has(there.out, "member VODs  source 30, copied 30 (30 new), destination 0 -> 30: ok"));
  CHECK(has(there.out, "teams        source 3, copied 3 (3 new), destination 0 -> 3: ok"));
  CHECK(has(there.out, "members      source 3, copied 3 (3 new), destination 0 -> 3: ok"));
  CHECK(has(there.out, "checkpoints  source 4, copied 4 (4 new), destination 0 -> 4: ok"));
  CHECK(has(there.out, "crawl runs   source 2, copied 2 (2 new), destination 0 -> 2: ok"));
  CHECK(has(there.out, "copied 88 records in "));
  CHECK(has(there.out, "perf VODs: 46 of 46"));

  const ProcessRun home =
      run_process(KVM48_SERVER_BINARY, {"copy", "--config", pg, "--to", back, "--batch-size", "5"});
  INFO(home.out << home.err);
  REQUIRE(home.status == 0);

  const Everything original = read_everything("sqlite", sqlite_options(a));
  const Everything in_postgres = read_everything("postgres", postgres_options(schema.name()));
  const Everything returned = read_everything("sqlite", sqlite_options(c));
  CHECK(original.perf_vods.size() == 46);
  CHECK(original.checkpoints[2].size() == 1);  // the source only the configuration names
  CHECK(in_postgres.perf_vods == original.perf_vods);
  CHECK(in_postgres.member_vods == original.member_vods);
  CHECK(in_postgres.teams == original.teams);
  CHECK(in_postgres.members == original.members);
  CHECK(in_postgres.checkpoints == original.checkpoints);
  CHECK(in_postgres.runs == original.runs);
  CHECK(returned == original);
}

TEST_CASE("copy refuses a destination that holds records unless --merge", "[copy]") {
  TempDir dir;
  const std::string a = dir.path() + "/a.db";
  const std::string b = dir.path() + "/b.db";
  write_every_kind("sqlite", sqlite_options(a));
  {
    auto dest = open_backend("sqlite", sqlite_options(b));
    write_ok(*dest, batch_of({vod("only-in-b", Group::bej48, 1500000000, 90000)}, "other"));
  }
  const auto from =
      write_config(dir.path(), "a.yaml", "sqlite", sqlite_options(a), kNamesQuietSource);
  const auto to = write_config(dir.path(), "b.yaml", "sqlite", sqlite_options(b));

  const ProcessRun refused = run_copy(from, to);
  CHECK(refused.status == 1);
  CHECK(
      has(refused.err, "is not empty: it holds 1 perf VODs; give --merge to copy into it anyway"));
  CHECK(read_everything("sqlite", sqlite_options(b)).perf_vods.size() == 1);

  const ProcessRun merged = run_copy(from, to, {"--merge"});
  INFO(merged.out << merged.err);
  REQUIRE(merged.status == 0);
  CHECK(has(merged.out, "perf VODs    source 46, copied 46 (46 new), destination 1 -> 47: ok"));
  const Everything original = read_everything("sqlite", sqlite_options(a));
  Everything target = read_everything("sqlite", sqlite_options(b));
  CHECK(target.perf_vods.size() == 47);
  CHECK(target.member_vods == original.member_vods);
  CHECK(target.runs == original.runs);

  // Merging again changes nothing and says so.
  const ProcessRun again = run_copy(from, to, {"--merge"});
  INFO(again.out << again.err);
  REQUIRE(again.status == 0);
  CHECK(has(again.out, "perf VODs    source 46, copied 46 (0 new), destination 47 -> 47: ok"));
  CHECK(has(again.out, "crawl runs   source 2, copied 2 (0 new), destination 2 -> 2: ok"));
  CHECK(read_everything("sqlite", sqlite_options(b)) == target);
}

TEST_CASE("copy refuses a bad command line, a bad configuration and one database twice", "[copy]") {
  TempDir dir;
  const std::string a = dir.path() + "/a.db";
  write_every_kind("sqlite", sqlite_options(a));
  const auto from = write_config(dir.path(), "a.yaml", "sqlite", sqlite_options(a));

  const ProcessRun no_to = run_process(KVM48_SERVER_BINARY, {"copy", "--config", from});
  CHECK(no_to.status == 64);
  CHECK(has(no_to.err, "--to FILE"));

  const ProcessRun bad_batch = run_copy(from, from, {"--batch-size", "0"});
  CHECK(bad_batch.status == 64);
  CHECK(has(bad_batch.err, "--batch-size: expected an integer from 1 to 100000, found '0'"));

  const ProcessRun missing = run_copy(from, dir.path() + "/nowhere.yaml");
  CHECK(missing.status == 78);
  CHECK(has(missing.err, "nowhere.yaml"));

  const auto unknown = write_config(dir.path(), "u.yaml", "mongodb", "path: x\n");
  const ProcessRun unknown_run = run_copy(from, unknown);
  CHECK(unknown_run.status == 78);
  CHECK(has(unknown_run.err, "mongodb"));

  const ProcessRun same = run_copy(from, from);
  CHECK(same.status == 1);
  CHECK(has(same.err, "the source and the destination are the same database"));
}

TEST_CASE("a kind the copy could not read whole is a count mismatch and exit status 1", "[copy]") {
  TempDir dir;
  const std::string a = dir.path() + "/a.db";
  const std::string b = dir.path() + "/b.db";
  write_every_kind("sqlite", sqlite_options(a));
  // Neither configuration names the source that has checkpoints and no run: the backend
  // interface cannot list it, so its checkpoint stays behind, and the check says so.
  const auto from = write_config(dir.path(), "a.yaml", "sqlite", sqlite_options(a));
  const auto to = write_config(dir.path(), "b.yaml", "sqlite", sqlite_options(b));
  const ProcessRun run = run_copy(from, to);
  INFO(run.out << run.err);
  CHECK(run.status == 1);
  CHECK(has(run.out,
            "checkpoints  source 4, copied 3 (3 new), destination 0 -> 3: MISMATCH "
            "(expected 3 in the destination, and 4 to be read from the source)"));
  CHECK(has(run.out, "perf VODs    source 46, copied 46 (46 new), destination 0 -> 46: ok"));
  CHECK(has(run.err, "the destination's counts do not match what was copied"));
}

TEST_CASE("copy refuses while another process holds a crawl lock", "[copy]") {
  TempDir dir;
  ScratchSchema schema("copy_lock");
  const std::string a = dir.path() + "/a.db";
  write_every_kind("sqlite", sqlite_options(a));
  const auto from =
      write_config(dir.path(), "a.yaml", "sqlite", sqlite_options(a), kNamesQuietSource);
  const auto to = write_config(dir.path(), "b.yaml", "postgres", postgres_options(schema.name()));

  // Another "instance" holding the destination's crawl lock, through the real plugin.
  Poco::Pipe out;
  Poco::ProcessHandle holder = Poco::Process::launch(
      KVM48_LOCK_HOLDER, {postgres_options(schema.name())}, nullptr, &out, nullptr);
  Poco::PipeInputStream lines(out);
  std::string line;
  while (std::getline(lines, line) && line != "acquired") {
  }
  REQUIRE(line == "acquired");

  const ProcessRun refused = run_copy(from, to);
  Poco::Process::kill(holder);
  holder.wait();
  CHECK(refused.status == 75);
  CHECK(has(refused.err, "another kvm48-server instance is crawling the destination"));
  // Nothing was copied; once the lock is free the copy goes through.
  CHECK(read_everything("postgres", postgres_options(schema.name())).perf_vods.empty());
  const ProcessRun copied = run_copy(from, to);
  INFO(copied.out << copied.err);
  CHECK(copied.status == 0);
}
