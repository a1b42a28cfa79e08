// Crash safety: a writer killed with SIGKILL at random moments never leaves a
// partial batch, a damaged file, or checkpoints that disagree with the records;
// and a killed crawl-lock holder frees the lock.

#include <chrono>
#include <random>
#include <thread>

#include <catch2/catch.hpp>

#include "child_process.hpp"
#include "crash_writer.hpp"
#include "loaded_backend.hpp"
#include "raw_db.hpp"
#include "scratch_dir.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

// What the database says after a kill; fails the case where it is inconsistent.
// Returns the number of batches committed.
int check_after_kill(const std::string& path) {
  {
    RawDb raw(path);  // also recovers the WAL, as any next opener would
    REQUIRE(raw.value("PRAGMA integrity_check") == "ok");
  }
  auto backend = open_backend("sqlite", sqlite_options(path));
  std::vector<Checkpoint> checkpoints;
  REQUIRE(backend->get_checkpoints(crash::kSource, checkpoints).ok());
  int batches = 0;
  for (const auto& c : checkpoints) {
    if (c.key == crash::kNextBatchKey) batches = std::stoi(*c.value);
  }
  // One "batch/N" checkpoint per committed batch, plus next_batch.
  CHECK(checkpoints.size() == static_cast<std::size_t>(batches + (batches > 0 ? 1 : 0)));

  BackendStatistics stats;
  REQUIRE(backend->statistics(stats).ok());
  CHECK(stats.perf_vods == static_cast<std::uint64_t>(batches) * crash::kBatchSize);

  // Every committed batch whole: each batch prefix has exactly kBatchSize rows.
  RawDb raw(path);
  const auto groups = raw.rows(
      "SELECT substr(canon_id, 1, instr(canon_id, '-') - 1) AS b, count(*) FROM perfvod "
      "GROUP BY b ORDER BY CAST(substr(b, 2) AS INTEGER)");
  REQUIRE(groups.size() == static_cast<std::size_t>(batches));
  for (int b = 0; b < batches; ++b) {
    const auto& row = groups[static_cast<std::size_t>(b)];
    CHECK(row[0] == "b" + std::to_string(b));
    CHECK(row[1] == std::to_string(crash::kBatchSize));
  }
  return batches;
}

}  // namespace

TEST_CASE("a writer killed at random moments leaves only whole batches that agree with checkpoints",
          "[sqlite][crash]") {
  ScratchDir dir;
  const std::string path = dir.file("data.db");
  std::random_device device;
  const auto seed = device();
  INFO("seed " << seed);
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> delay_ms(0, 300);

  int batches = 0;
  int kills_with_progress = 0;
  for (int round = 0; round < 30; ++round) {
    INFO("round " << round);
    int reported = -1;  // the last batch whose write() returned ok to the writer
    {
      ChildProcess writer({KVM48_CRASH_WRITER, path, "write"});
      // Odd rounds let one batch commit first, so the run makes progress however
      // slow the machine; even rounds may also hit start-up and migration.
      if (round % 2 == 1) reported = std::stoi(writer.read_line());
      std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
      writer.kill_hard();
      for (std::string line = writer.read_line(); !line.empty(); line = writer.read_line()) {
        reported = std::stoi(line);
      }
    }
    const int now = check_after_kill(path);
    CHECK(now >= batches);       // nothing committed is ever lost
    CHECK(now >= reported + 1);  // every batch acknowledged to the writer is there
    // ... and at most the one in flight when it was killed.
    CHECK(now <= (reported >= 0 ? reported + 1 : batches) + 1);
    if (now > batches) ++kills_with_progress;
    batches = now;
  }
  WARN("batches committed over 30 kills: " << batches << " (" << kills_with_progress
                                           << " kills after progress)");
  CHECK(kills_with_progress >= 15);
}

TEST_CASE("the crawl lock of a killed holder process is free again", "[sqlite][crash][lock]") {
  ScratchDir dir;
  const std::string path = dir.file("data.db");
  auto backend = open_backend("sqlite", sqlite_options(path));
  ChildProcess holder({KVM48_CRASH_WRITER, path, "hold-lock"});
  REQUIRE(holder.read_line() == "locked");
  bool acquired = true;
  REQUIRE(backend->try_acquire_crawl_lock(acquired).ok());
  CHECK_FALSE(acquired);
  holder.kill_hard();
  REQUIRE(backend->try_acquire_crawl_lock(acquired).ok());
  CHECK(acquired);
}
