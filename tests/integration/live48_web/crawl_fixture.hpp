#pragma once
// What the live48_web integration tests share: the real simulator process on a
// generated dataset, the real sqlite and live48_web plugins loaded through the
// host's loader into a temporary directory, and the engine's CrawlRunner.

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "crawl/crawl_runner.hpp"
#include "fast_crawl_settings.hpp"
#include "kvm48/backend.hpp"
#include "sim_process.hpp"
#include "temp_dir.hpp"

namespace kvm48::test {

/// The build tree's plugin directory.
std::filesystem::path plugin_dir();

/// An sqlite backend (opened) and a live48_web source named "live48" pointed at
/// `sim`, with `extra_yaml` (more option lines) appended to its options.
class CrawlFixture {
 public:
  explicit CrawlFixture(const sim::test::SimProcess& sim, const std::string& extra_yaml = "",
                        host::CrawlSettings settings = fast_settings());

  host::RunResult crawl(const CrawlOptions& options = {});
  /// Every stored perf VOD, in the backend's order.
  [[nodiscard]] std::vector<PerfVod> stored() const;
  [[nodiscard]] std::vector<Checkpoint> checkpoints() const;
  [[nodiscard]] Backend& backend() const { return *backend_; }
  [[nodiscard]] const std::filesystem::path& dir() const { return dir_.path(); }
  [[nodiscard]] std::string base_url() const { return base_url_; }

 private:
  TempDir dir_{"kvm48-live48-test-"};
  std::string base_url_;
  std::shared_ptr<Backend> backend_;
  host::SourceInstance source_;
  std::unique_ptr<host::CrawlRunner> runner_;
};

/// The records a crawl of `clubs` must store from the simulator's dataset (the
/// JSON of GET /_sim/dataset), by canonical id: each VOD page of those clubs,
/// where two pages share a canonical id the newer page (higher id, first in the
/// list) kept, source "live48".
std::map<std::string, PerfVod> expected_vods(const nlohmann::json& dataset,
                                             const std::vector<std::int64_t>& clubs);

/// Checks `stored` against `expected` field by field (Catch2 assertions).
void check_same_vods(const std::vector<PerfVod>& stored,
                     const std::map<std::string, PerfVod>& expected);

/// The simulator's stats: requests served on `route` (e.g. "site.vod").
std::int64_t served(const sim::test::SimProcess& sim, const std::string& route);
/// The simulator's stats: answers with `outcome` (e.g. "503", "reset").
std::int64_t outcomes(const sim::test::SimProcess& sim, const std::string& outcome);

/// The number of list pages a club of `vods` VOD pages has (15 a page).
std::int64_t pages_for(std::size_t vods);

/// Number of VOD pages of `club` in the dataset.
std::size_t vod_pages_of(const nlohmann::json& dataset, std::int64_t club);

/// VOD pages of `clubs` whose canonical id a newer page of those clubs has too
/// (the duplicate pages and the collision): never stored as pages, so fetched
/// again by every --full run, as the original did.
std::size_t shadowed_pages(const nlohmann::json& dataset, const std::vector<std::int64_t>& clubs);

inline const std::vector<std::int64_t> kActiveClubs = {1, 2, 3, 6};
inline const std::vector<std::int64_t> kAllClubs = {1, 2, 3, 4, 5, 6};

}  // namespace kvm48::test
