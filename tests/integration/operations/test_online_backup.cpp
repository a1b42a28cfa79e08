// The online backup recipes of docs/operations.md ("Backup"), run as documented with the
// sqlite3 CLI against the SQLite file a real `kvm48-server serve` is using, while it serves
// and while another connection writes; each copy is then served by a second server, which
// must give the same answers.

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "kvm48/backend.hpp"
#include "loaded_backend.hpp"
#include "run_process.hpp"
#include "server_process.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

const std::string kQuery =
    "{ perfVods(from: 0, to: 2000000000) { id l4cClubId l4cId group title subtitle startTime "
    "sdStream hdStream fhdStream bestStream } }";

/// The VOD the writer adds during the backup: in the copy or not, never half there.
PerfVod extra_vod(int i) {
  PerfVod v;
  v.id = "5e" + std::string(19, '0') + std::to_string(100 + i);
  v.group = Group::bej48;
  v.title = "written during the backup " + std::to_string(i);
  v.start_time = 1555000000 + i;
  v.hd_stream = "https://hd.invalid/" + v.id + ".m3u8";
  return v;
}

ServerOptions serving(const std::string& path) {
  ServerOptions options;
  options.database_path = path;
  return options;
}

ProcessRun sqlite3(const std::vector<std::string>& args) {
  return run_process(KVM48_SQLITE3, args);
}

}  // namespace

TEST_CASE("VACUUM INTO and .backup of a served database serve the same answers", "[backup]") {
  TempDir dir;
  const std::string db = dir.path() + "/data.db";
  write_original_fixture(db);
  ServerProcess live(serving(db));
  const std::string before = post_graphql(live.port(), kQuery).body;
  REQUIRE(before.find("324479006245982208") != std::string::npos);

  // A crawl's worth of writes on another connection while the copies are taken.
  auto writer = open_backend("sqlite", "path: \"" + db + "\"\n");
  UpsertCounts counts;
  WriteBatch first;
  first.perf_vods = {extra_vod(1)};
  REQUIRE(writer->write(first, counts).ok());

  const std::string vacuumed = dir.path() + "/kvm48-vacuum.db";
  const std::string backed_up = dir.path() + "/kvm48-backup.db";
  const ProcessRun vacuum = sqlite3({db, "VACUUM INTO '" + vacuumed + "'"});
  INFO(vacuum.err);
  REQUIRE(vacuum.status == 0);
  WriteBatch second;
  second.perf_vods = {extra_vod(2)};
  REQUIRE(writer->write(second, counts).ok());
  const ProcessRun backup = sqlite3({db, ".backup '" + backed_up + "'"});
  INFO(backup.err);
  REQUIRE(backup.status == 0);

  for (const auto& copy : {vacuumed, backed_up}) {
    const ProcessRun check = sqlite3({copy, "PRAGMA integrity_check"});
    CHECK(check.out == "ok\n");
  }
  // The live server answers with both writes; each copy as of when it was taken.
  const std::string now = post_graphql(live.port(), kQuery).body;
  CHECK(now.find(extra_vod(2).id) != std::string::npos);
  ServerProcess from_vacuum(serving(vacuumed));
  ServerProcess from_backup(serving(backed_up));
  const std::string vacuum_answer = post_graphql(from_vacuum.port(), kQuery).body;
  CHECK(vacuum_answer.find(extra_vod(1).id) != std::string::npos);
  CHECK(vacuum_answer.find(extra_vod(2).id) == std::string::npos);
  CHECK(post_graphql(from_backup.port(), kQuery).body == now);
  // The first copy differs from now by exactly the later VOD.
  CHECK(post_graphql(from_vacuum.port(), "{ perfVods(ids: [\"324479006245982208\", \"" +
                                             extra_vod(1).id +
                                             "\"]) { id title startTime bestStream } }")
            .body ==
        post_graphql(live.port(), "{ perfVods(ids: [\"324479006245982208\", \"" + extra_vod(1).id +
                                      "\"]) { id title startTime bestStream } }")
            .body);
}
