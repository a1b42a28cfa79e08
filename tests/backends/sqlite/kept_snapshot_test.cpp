// Kept read transactions (backends/sqlite/kept_snapshot.hpp): a read connection
// keeps its transaction between reads, yet every read sees what was committed
// before it, by any process; and a connection left idle lets the WAL go.

#include <chrono>
#include <thread>
#include <tuple>
#include <utility>

#include <catch2/catch.hpp>

#include "child_process.hpp"
#include "crash_writer.hpp"
#include "loaded_backend.hpp"
#include "raw_db.hpp"
#include "scratch_dir.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

bool stored(Backend& backend, const std::string& id) {
  std::vector<std::optional<PerfVod>> out;
  REQUIRE(backend.get_perf_vods(std::span(&id, 1), out).ok());
  return out.at(0).has_value();
}

void write_vod(Backend& backend, const std::string& id) {
  WriteBatch batch;
  batch.source = "kept_snapshot_test";
  batch.perf_vods.push_back(vod(id, Group::snh48, 1555825500));
  UpsertCounts counts;
  REQUIRE(backend.write(batch, counts).ok());
}

// PRAGMA wal_checkpoint (passive) from another connection: {frames in the WAL,
// frames copied into the database}. A reader's open transaction holds the copy back
// to what its snapshot has.
std::pair<long, long> checkpoint(const std::string& path) {
  RawDb raw(path);
  const auto row = raw.rows("PRAGMA wal_checkpoint(PASSIVE)").at(0);
  return {std::stol(*row.at(1)), std::stol(*row.at(2))};
}

}  // namespace

TEST_CASE("a read right after another process commits sees the commit", "[sqlite][snapshot]") {
  ScratchDir dir;
  const auto path = dir.file("data.db");
  auto backend = open_backend("sqlite", sqlite_options(path));
  CHECK_FALSE(stored(*backend, crash::vod_id(0, 0)));  // the reader's transaction is now kept

  ChildProcess writer({KVM48_CRASH_WRITER, path, "write"});
  for (int n = 0; n < 3; ++n) {
    // The child prints a batch's number once its commit has returned.
    REQUIRE(writer.read_line() == std::to_string(n));
    INFO("batch " << n);
    CHECK(stored(*backend, crash::vod_id(n, 0)));
    CHECK(stored(*backend, crash::vod_id(n, crash::kBatchSize - 1)));
    BackendStatistics stats;
    REQUIRE(backend->statistics(stats).ok());
    CHECK(stats.perf_vods >= static_cast<std::uint64_t>(n + 1) * crash::kBatchSize);
  }
  writer.kill_hard();
}

TEST_CASE("a read sees this process's own writes and another connection's at once",
          "[sqlite][snapshot]") {
  ScratchDir dir;
  const auto path = dir.file("data.db");
  auto backend = open_backend("sqlite", sqlite_options(path));
  auto other = open_backend("sqlite", sqlite_options(path));
  for (int i = 0; i < 20; ++i) {
    const auto own = "own-" + std::to_string(i);
    const auto theirs = "theirs-" + std::to_string(i);
    CHECK_FALSE(stored(*backend, own));
    write_vod(*backend, own);
    CHECK(stored(*backend, own));
    CHECK_FALSE(stored(*backend, theirs));
    write_vod(*other, theirs);
    CHECK(stored(*backend, theirs));
  }
}

TEST_CASE("an idle read connection's kept transaction ends, so the WAL can be checkpointed",
          "[sqlite][snapshot]") {
  ScratchDir dir;
  const auto path = dir.file("data.db");
  const bool keep = GENERATE(true, false);
  INFO((keep ? "kept for 1000 ms" : "not kept"));
  auto backend = open_backend(
      "sqlite", sqlite_options(path) + "read_snapshot_idle_ms: " + (keep ? "1000" : "0") + "\n");
  auto other = open_backend("sqlite", sqlite_options(path));
  write_vod(*other, "first");
  REQUIRE(stored(*backend, "first"));  // the snapshot: up to "first"
  write_vod(*other, "second");

  auto [frames, copied] = checkpoint(path);
  if (keep) {
    CHECK(copied < frames);  // held back by the kept transaction
    // The pool's sweeper ends it after 1 to 1.5 s of idleness.
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (copied < frames && std::chrono::steady_clock::now() < give_up) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      std::tie(frames, copied) = checkpoint(path);
    }
  }
  CHECK(copied == frames);
  CHECK(stored(*backend, "second"));
}
