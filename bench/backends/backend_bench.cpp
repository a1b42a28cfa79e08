// backend_bench [rows] [batch_size]
//
// For each available backend (loaded through the plugin loader): ingest of
// `rows` synthetic VODs in batches (new, then the same again: all unchanged),
// then the API's queries: one-day time ranges, 100-id lookups, and the 15-id
// known checks of one list page. Prints rows or queries per second, and the
// bare sqlite3 INSERT loop measured in the same run as the baseline for ingest.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "bare_sqlite_baseline.hpp"
#include "bench_targets.hpp"
#include "loaded_backend.hpp"
#include "synthetic_vods.hpp"

using namespace kvm48;
using namespace kvm48::bench;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void require(const Status& status, const char* what) {
  if (!status) {
    std::fprintf(stderr, "%s failed: %s\n", what, status.message().c_str());
    std::exit(1);
  }
}

std::vector<WriteBatch> make_batches(std::int64_t rows, std::int64_t batch_size) {
  std::vector<WriteBatch> batches;
  for (std::int64_t first = 0; first < rows; first += batch_size) {
    WriteBatch batch;
    batch.source = "bench";
    for (std::int64_t i = first; i < std::min(rows, first + batch_size); ++i) {
      batch.perf_vods.push_back(synthetic_vod(i));
    }
    batch.checkpoints = {{"next", std::to_string(first + batch_size)}};
    batches.push_back(std::move(batch));
  }
  return batches;
}

double ingest_rows_per_second(Backend& backend, const std::vector<WriteBatch>& batches,
                              std::int64_t rows, const char* label) {
  UpsertCounts total;
  const auto start = Clock::now();
  for (const WriteBatch& batch : batches) {
    UpsertCounts counts;
    require(backend.write(batch, counts), "write");
    total.inserted += counts.inserted;
    total.unchanged += counts.unchanged;
  }
  const double rate = static_cast<double>(rows) / seconds_since(start);
  std::printf("  %-28s %10.0f rows/s  (new %llu, unchanged %llu)\n", label, rate,
              static_cast<unsigned long long>(total.inserted),
              static_cast<unsigned long long>(total.unchanged));
  return rate;
}

void query_throughput(Backend& backend, std::int64_t rows) {
  std::mt19937_64 random(42);
  std::uniform_int_distribution<std::int64_t> any(0, rows - 1);
  const int queries = 2000;
  std::size_t returned = 0;
  auto start = Clock::now();
  for (int q = 0; q < queries; ++q) {
    const std::int64_t from = kFirstStart + any(random) * kSpacing;
    std::vector<PerfVod> out;
    require(backend.perf_vods_in_range({from, from + 86400, std::nullopt, 1001}, out), "range");
    returned += out.size();
  }
  double elapsed = seconds_since(start);
  std::printf("  %-28s %10.0f queries/s (%.0f rows/s, %.0f rows each)\n", "range (1 day)",
              queries / elapsed, static_cast<double>(returned) / elapsed,
              static_cast<double>(returned) / queries);

  start = Clock::now();
  for (int q = 0; q < queries; ++q) {
    std::vector<std::string> ids;
    for (int k = 0; k < 100; ++k)
      ids.push_back(synthetic_id(any(random) + (k % 10 == 0 ? rows : 0)));
    std::vector<std::optional<PerfVod>> out;
    require(backend.get_perf_vods(ids, out), "ids");
  }
  elapsed = seconds_since(start);
  std::printf("  %-28s %10.0f queries/s (%.0f ids/s; 10%% unknown)\n", "id list (100 ids)",
              queries / elapsed, queries * 100 / elapsed);

  start = Clock::now();
  for (int q = 0; q < queries; ++q) {
    std::vector<L4cPageRef> pages;
    for (int k = 0; k < 15; ++k) pages.push_back({1, any(random) + 1});
    std::vector<bool> known;
    require(backend.known_l4c_pages(pages, known), "known");
  }
  elapsed = seconds_since(start);
  std::printf("  %-28s %10.0f queries/s\n", "known pages (15 per list)", queries / elapsed);
}

}  // namespace

int main(int argc, char** argv) {
  const std::int64_t rows = argc > 1 ? std::atoll(argv[1]) : 100000;
  const std::int64_t batch_size = argc > 2 ? std::atoll(argv[2]) : 1000;
  const auto scratch = std::filesystem::temp_directory_path() /
                       ("kvm48-bench-" + std::to_string(std::random_device{}()));
  std::filesystem::create_directories(scratch);
  std::printf("backend_bench: %lld synthetic VODs in batches of %lld\n",
              static_cast<long long>(rows), static_cast<long long>(batch_size));

  const double bare = static_cast<double>(rows) /
                      bare_sqlite_insert_seconds((scratch / "bare.db").string(), rows, batch_size);
  std::printf("baseline: bare sqlite3 prepared INSERT loop    %10.0f rows/s\n", bare);

  const auto batches = make_batches(rows, batch_size);
  for (const BenchTarget& target : bench_targets(scratch.string())) {
    std::printf("%s:\n", target.plugin.c_str());
    const BenchStore store = target.fresh_store();
    auto backend = test::open_backend(target.plugin, store.options_yaml);
    const double ingest = ingest_rows_per_second(*backend, batches, rows, "ingest (new)");
    ingest_rows_per_second(*backend, batches, rows, "ingest again (unchanged)");
    std::printf("  %-28s %10.2fx slower than the bare loop (target: within 3x)\n",
                "ingest vs baseline", bare / ingest);
    query_throughput(*backend, rows);
  }
  std::filesystem::remove_all(scratch);
  return 0;
}
