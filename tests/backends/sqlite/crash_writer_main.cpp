// sqlite_crash_writer <database> write|hold-lock
//
// write: resumes from its checkpoint and writes batches of kBatchSize VODs, each
//   with its checkpoints and run record, until killed (or 500 batches).
// hold-lock: takes the crawl lock, prints "locked", and waits to be killed.
// Both load the sqlite backend through the plugin loader, as the server does.

#include <unistd.h>
#include <chrono>
#include <cstdio>
#include <exception>
#include <string>
#include <thread>

#include "crash_writer.hpp"
#include "loaded_backend.hpp"
#include "scratch_dir.hpp"

using namespace kvm48;
namespace crash = kvm48::test::crash;

namespace {

int next_batch(Backend& backend) {
  std::vector<Checkpoint> checkpoints;
  if (!backend.get_checkpoints(crash::kSource, checkpoints)) throw std::runtime_error("read");
  for (const auto& c : checkpoints) {
    if (c.key == crash::kNextBatchKey) return std::stoi(*c.value);
  }
  return 0;
}

WriteBatch make_batch(int n, CrawlRun& run) {
  WriteBatch batch;
  batch.source = crash::kSource;
  for (int i = 0; i < crash::kBatchSize; ++i) {
    PerfVod v;
    v.id = crash::vod_id(n, i);
    v.group = kAllGroups[static_cast<std::size_t>(i % 6)];
    v.l4c_club_id = club_id(v.group);
    v.l4c_id = static_cast<std::int64_t>(n) * crash::kBatchSize + i + 1;
    v.title = "《crash test》剧场公演 " + v.id;
    v.subtitle = std::string(200, 's');
    v.start_time = 1555825500 + v.l4c_id.value();
    v.hd_stream = "http://example.invalid/" + v.id + "/gaoqing.m3u8";
    v.fhd_stream = v.hd_stream;
    batch.perf_vods.push_back(std::move(v));
  }
  batch.checkpoints = {{crash::kNextBatchKey, std::to_string(n + 1)},
                       {crash::batch_key(n), std::to_string(crash::kBatchSize)}};
  run.items_new += crash::kBatchSize;
  batch.run = run;
  return batch;
}

int write_until_killed(Backend& backend) {
  CrawlRun run;
  run.run_id = "run-" + std::to_string(::getpid());
  run.source = crash::kSource;
  run.plugin = "crash_writer";
  run.plugin_version = "1";
  run.mode = "full";
  for (int n = next_batch(backend), end = n + 500; n < end; ++n) {
    UpsertCounts counts;
    if (auto status = backend.write(make_batch(n, run), counts); !status) {
      std::fprintf(stderr, "write failed: %s\n", status.message().c_str());
      return 1;
    }
    std::printf("%d\n", n);
    std::fflush(stdout);
  }
  return 0;
}

int hold_lock(Backend& backend) {
  bool acquired = false;
  if (!backend.try_acquire_crawl_lock(acquired) || !acquired) return 1;
  std::printf("locked\n");
  std::fflush(stdout);
  for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s <database> write|hold-lock\n", argv[0]);
    return 2;
  }
  try {
    auto backend = test::open_backend("sqlite", test::sqlite_options(argv[1]));
    const std::string mode = argv[2];
    return mode == "write" ? write_until_killed(*backend) : hold_lock(*backend);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sqlite_crash_writer: %s\n", e.what());
    return 1;
  }
}
