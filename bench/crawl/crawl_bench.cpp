// crawl_bench [vods]   (default 60000)
//
// Generates a dataset of `vods` live.48.cn VOD pages, starts the simulator on it
// (no artificial latency, no faults), and runs one full --legacy crawl with the
// live48_web plugin into a fresh SQLite database through the real plugin loader
// and crawl engine (default HTTP policy: 2 requests in flight, 2 VOD fetches at a
// time). Prints pages and records per second and where the time went: the
// simulator's CPU (/proc/<pid>/stat), and the plugin's own measurements of HTTP
// (inside HttpClient::fetch), parsing (libxml2) and storage (RecordSink calls).
// Baseline, measured in the same run: the same pages fetched with bare Poco GETs
// over two keep-alive connections, no parsing, no storage.
#include <Poco/AutoPtr.h>
#include <Poco/Logger.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>

#include "crawl/crawl_runner.hpp"
#include "log_capture.hpp"
#include "plugins/plugin_instance.hpp"
#include "plugins/plugin_registry.hpp"
#include "raw_fetch_baseline.hpp"
#include "sim_server.hpp"

using namespace kvm48;
using namespace kvm48::bench;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct TempDir {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("kvm48-crawl-bench-" + std::to_string(std::random_device{}()));
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
};

/// The paths the crawl fetched: every list page and every stored VOD page.
std::vector<std::string> crawled_paths(Backend& backend) {
  std::vector<PerfVod> vods;
  PerfVodRange all;
  all.to = std::int64_t{1} << 40;
  if (!backend.perf_vods_in_range(all, vods).ok()) throw std::runtime_error("range query failed");
  std::map<std::int64_t, std::size_t> per_club;
  std::vector<std::string> paths;
  for (const auto& vod : vods) {
    ++per_club[*vod.l4c_club_id];
    paths.push_back("/Index/invedio/club/" + std::to_string(*vod.l4c_club_id) + "/id/" +
                    std::to_string(*vod.l4c_id));
  }
  for (const auto& [club, count] : per_club) {
    for (std::size_t page = 1; page <= (count + 14) / 15; ++page) {
      paths.push_back("/Index/main/club/" + std::to_string(club) + "/p/" + std::to_string(page) +
                      ".html");
    }
  }
  return paths;
}

int run(std::int64_t vods) {
  TempDir dir;
  const auto dataset = (dir.path / "sim.json").string();
  auto start = Clock::now();
  generate_dataset(vods, dataset);
  std::printf("dataset: %lld VOD pages generated in %.1f s\n", static_cast<long long>(vods),
              seconds_since(start));
  SimServer sim(dataset);

  Poco::AutoPtr<LogCapture> capture(new LogCapture);
  Poco::Logger::root().setChannel(capture);
  Poco::Logger::root().setLevel(Poco::Message::PRIO_INFORMATION);

  host::PluginRegistry registry;
  registry.scan(KVM48_BENCH_PLUGIN_DIR);
  auto backend = host::create_backend_from_yaml(registry, "sqlite",
                                                "path: " + (dir.path / "data.db").string());
  MigrationReport report;
  if (!backend->open(OpenOptions{}, report).ok()) throw std::runtime_error("sqlite open failed");
  host::SourceInstance source{
      "live48", "live48_web", "1.0.0",
      host::create_source_from_yaml(registry, "live48_web",
                                    "base_url: http://127.0.0.1:" + std::to_string(sim.port()),
                                    "live48")};
  host::CrawlSettings settings;
  settings.run_budget = std::chrono::seconds(3600);
  host::CrawlRunner runner(*backend, settings);
  CrawlOptions options;
  options.full = true;
  options.legacy = true;

  const double sim_cpu_before = sim.cpu_seconds();
  start = Clock::now();
  const auto result = runner.run(source, options);
  const double wall = seconds_since(start);
  const double sim_cpu = sim.cpu_seconds() - sim_cpu_before;
  if (!result.status.ok()) {
    std::fprintf(stderr, "crawl failed: %s\n", result.status.message().c_str());
    return 1;
  }
  const std::string timing = capture->last_with("timing:");
  const double pages =
      static_cast<double>(field(timing, "list_pages") + field(timing, "vod_pages"));
  const double records = static_cast<double>(result.run.items_new);
  const auto share = [&](const char* key) {
    return 100.0 * static_cast<double>(field(timing, key)) / 1e6 / wall;
  };
  std::printf(
      "crawl: %.0f pages (%llu list, %llu VOD), %.0f records stored, %llu requests in "
      "%.1f s\n",
      pages, static_cast<unsigned long long>(field(timing, "list_pages")),
      static_cast<unsigned long long>(field(timing, "vod_pages")), records,
      static_cast<unsigned long long>(result.run.requests), wall);
  std::printf("  %.0f pages/s, %.0f records/s\n", pages / wall, records / wall);
  std::printf(
      "time, as a share of the crawl's wall time (thread time: two fetches run at once, "
      "so HTTP can pass 100%%):\n");
  std::printf("  simulator CPU     %5.1f %%\n", 100.0 * sim_cpu / wall);
  std::printf("  HTTP (in fetch)   %5.1f %%  (includes waiting for the simulator)\n",
              share("http_us"));
  std::printf("  parsing (libxml2) %5.1f %%\n", share("parse_us"));
  std::printf("  storage (sink)    %5.1f %%\n", share("storage_us"));

  const auto paths = crawled_paths(*backend);
  const double raw = raw_fetch_seconds(sim.port(), paths, 2);
  std::printf(
      "baseline: bare GETs of the same %zu pages over 2 keep-alive connections: %.1f s, "
      "%.0f pages/s\n",
      paths.size(), raw, static_cast<double>(paths.size()) / raw);
  std::printf("ratio: the crawl runs at %.2f x the bare fetch rate\n",
              (pages / wall) / (static_cast<double>(paths.size()) / raw));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc > 1 ? std::stoll(argv[1]) : 60000);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "crawl_bench: %s\n", e.what());
    return 1;
  }
}
