// Conformance: many readers while one writer commits. Readers see each batch
// whole or not at all, and keep answering while a long write is in progress.

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include <catch2/catch.hpp>

#include "target.hpp"
#include "vods.hpp"

using namespace kvm48;
using namespace kvm48::test;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kBatches = 4;
constexpr int kPerBatch = 10000;

std::string id_in(int batch, int i) {
  return "w" + std::to_string(batch) + "-" + std::to_string(i);
}

std::vector<PerfVod> big_batch(int batch) {
  std::vector<PerfVod> vods;
  for (int i = 0; i < kPerBatch; ++i) {
    PerfVod v = vod(id_in(batch, i), kAllGroups[static_cast<std::size_t>(i % 6)],
                    batch * 100000 + i, batch * kPerBatch + i + 1);
    v.hd_stream = "http://example.invalid/" + v.id + ".m3u8";
    vods.push_back(std::move(v));
  }
  return vods;
}

struct Window {
  Clock::time_point begin, end;
};

struct ReaderLog {
  std::mutex mutex;
  std::vector<Window> calls;
  std::vector<std::string> problems;
};

// One reader: checks that every answer shows whole batches only.
void read_until(Backend& backend, const std::atomic<bool>& done, ReaderLog& log) {
  std::vector<std::string> probe;
  for (int b = 0; b < kBatches; ++b) {
    probe.push_back(id_in(b, 0));
    probe.push_back(id_in(b, kPerBatch - 1));
  }
  while (!done.load()) {
    const auto begin = Clock::now();
    BackendStatistics stats;
    std::vector<bool> known;
    const Status s1 = backend.statistics(stats);
    const Status s2 = backend.known_perf_vod_ids(probe, known);
    const auto end = Clock::now();
    std::lock_guard lock(log.mutex);
    log.calls.push_back({begin, end});
    if (!s1 || !s2) {
      log.problems.push_back("read failed: " + s1.message() + s2.message());
    } else if (stats.perf_vods % kPerBatch != 0) {
      log.problems.push_back("partial batch visible: " + std::to_string(stats.perf_vods));
    } else {
      for (std::size_t k = 0; k < known.size(); k += 2) {
        if (known[k] != known[k + 1]) log.problems.push_back("half a batch known");
      }
    }
  }
}

}  // namespace

TEST_CASE("readers see whole batches only and keep answering during a long write",
          "[concurrency]") {
  auto s = open_fresh_store();
  std::vector<std::vector<PerfVod>> batches;
  for (int b = 0; b < kBatches; ++b) batches.push_back(big_batch(b));

  std::atomic<bool> done{false};
  ReaderLog log;
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r) readers.emplace_back([&] { read_until(*s.backend, done, log); });

  std::vector<Window> writes;
  std::vector<Status> write_status;
  for (const auto& vods : batches) {
    const auto begin = Clock::now();
    UpsertCounts counts;
    write_status.push_back(s.backend->write(batch_of(vods), counts));
    writes.push_back({begin, Clock::now()});
  }
  done = true;
  for (auto& t : readers) t.join();

  for (const Status& st : write_status) {
    INFO(st.message());
    CHECK(st.ok());
  }
  for (const auto& p : log.problems) FAIL_CHECK(p);
  // Reader calls that began and ended while a write was in progress: a reader
  // that waited for the writer's commit could not have any.
  std::size_t inside = 0;
  for (const Window& call : log.calls) {
    for (const Window& w : writes) {
      if (call.begin > w.begin && call.end < w.end) ++inside;
    }
  }
  INFO("reader calls: " << log.calls.size() << ", inside a write: " << inside);
  CHECK(inside >= 3);

  BackendStatistics stats;
  REQUIRE(s.backend->statistics(stats).ok());
  CHECK(stats.perf_vods == static_cast<std::uint64_t>(kBatches * kPerBatch));
}

TEST_CASE("concurrent writers are serialised and lose nothing", "[concurrency]") {
  auto s = open_fresh_store();
  auto other = s.open_again();
  std::vector<std::thread> writers;
  std::vector<Status> results(4);
  for (int w = 0; w < 4; ++w) {
    Backend& target = w % 2 == 0 ? *s.backend : *other;
    writers.emplace_back([&target, &results, w] {
      for (int b = 0; b < 5 && results[static_cast<std::size_t>(w)].ok(); ++b) {
        std::vector<PerfVod> vods;
        for (int i = 0; i < 200; ++i) {
          vods.push_back(
              vod("c" + std::to_string(w) + "-" + std::to_string(b) + "-" + std::to_string(i),
                  Group::snh48, i));
        }
        UpsertCounts counts;
        results[static_cast<std::size_t>(w)] = target.write(batch_of(vods), counts);
      }
    });
  }
  for (auto& t : writers) t.join();
  for (const Status& st : results) {
    INFO(st.message());
    CHECK(st.ok());
  }
  BackendStatistics stats;
  REQUIRE(s.backend->statistics(stats).ok());
  CHECK(stats.perf_vods == 4 * 5 * 200);
}
