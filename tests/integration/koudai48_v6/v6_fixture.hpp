#pragma once
// What the koudai48_v6 integration tests share: the real simulator process on a
// generated dataset, the real sqlite, koudai48_v6 (and live48_web) plugins loaded
// through the host's loader into a temporary directory, the engine's CrawlRunner,
// and the records a crawl must store, built from the simulator's dataset.

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "crawl/crawl_runner.hpp"
#include "fast_crawl_settings.hpp"
#include "kvm48/backend.hpp"
#include "sim_process.hpp"
#include "temp_dir.hpp"

namespace kvm48::test {

/// The resource base the fixture configures (relative paths resolve against it).
inline const std::string kResourceBase = "https://source.48.cn/";
/// The source instance name the fixture gives koudai48_v6.
inline const std::string kSourceName = "v6";

/// An sqlite backend (opened) and a koudai48_v6 source named "v6" pointed at
/// `sim`, with `extra_yaml` (more option lines) appended to its options.
class V6Fixture {
 public:
  explicit V6Fixture(const sim::test::SimProcess& sim, const std::string& extra_yaml = "",
                     host::CrawlSettings settings = fast_settings());

  host::RunResult crawl(const CrawlOptions& options = {});
  /// Asks the running crawl to stop, as a shutdown does (it ends `cancelled`);
  /// the runner then refuses new runs until renew_runner().
  void cancel_running() { runner_->cancel_all(); }
  /// A fresh runner (same backend and settings), after cancel_running() and once
  /// the cancelled crawl has returned.
  void renew_runner() { runner_ = std::make_unique<host::CrawlRunner>(*backend_, settings_); }
  /// A live48_web source named "live48" on the same backend and simulator.
  host::RunResult crawl_live48(const std::string& extra_yaml, const CrawlOptions& options = {});

  [[nodiscard]] std::vector<PerfVod> perf_vods() const;
  [[nodiscard]] std::vector<MemberVod> member_vods() const;
  [[nodiscard]] std::vector<Team> teams() const;
  [[nodiscard]] std::vector<Member> members() const;
  [[nodiscard]] std::map<std::string, std::string> checkpoints() const;
  [[nodiscard]] Backend& backend() const { return *backend_; }
  /// The backend plugin and options, for another process to open the same store.
  [[nodiscard]] const std::string& backend_plugin() const { return backend_plugin_; }
  [[nodiscard]] const std::string& backend_yaml() const { return backend_yaml_; }
  /// The koudai48_v6 options the fixture's source has (base URLs and extra_yaml).
  [[nodiscard]] const std::string& source_yaml() const { return source_yaml_; }

 private:
  TempDir dir_{"kvm48-v6-test-"};
  std::string base_url_;
  std::string backend_plugin_ = "sqlite";
  std::string backend_yaml_;
  std::string source_yaml_;
  std::shared_ptr<Backend> backend_;
  host::SourceInstance source_;
  host::CrawlSettings settings_;
  std::unique_ptr<host::CrawlRunner> runner_;
};

/// The simulator's current dataset (GET /_sim/dataset).
nlohmann::json dataset_of(const sim::test::SimProcess& sim);

/// App group ids of the default `groups` (SNH48 BEJ48 GNZ48 CGT48) and of all six.
inline const std::set<std::int64_t> kDefaultAppGroups = {10, 11, 12, 21};
inline const std::set<std::int64_t> kAllAppGroups = {10, 11, 12, 13, 14, 21};

/// The perf VODs a crawl of `app_groups` must store, by id: every recorded API
/// row of those groups, with the teams, cover and streams the API gives, and
/// `sources` = {"v6"}.
std::map<std::string, PerfVod> expected_perf_vods(const nlohmann::json& dataset,
                                                  const std::set<std::int64_t>& app_groups);
/// The member VODs of the members of `app_groups`, group and team from the roster.
std::map<std::string, MemberVod> expected_member_vods(const nlohmann::json& dataset,
                                                      const std::set<std::int64_t>& app_groups);
std::map<std::int64_t, Team> expected_teams(const nlohmann::json& dataset);
std::map<std::int64_t, Member> expected_members(const nlohmann::json& dataset);

/// Field-by-field comparisons (Catch2 assertions); stop after a few mismatches.
void check_same(const std::vector<PerfVod>& stored, const std::map<std::string, PerfVod>& want);
void check_same(const std::vector<MemberVod>& stored, const std::map<std::string, MemberVod>& want);
void check_same(const std::vector<Team>& stored, const std::map<std::int64_t, Team>& want);
void check_same(const std::vector<Member>& stored, const std::map<std::int64_t, Member>& want);

/// Everything a complete crawl of `app_groups` stores, checked.
void check_complete(const V6Fixture& fixture, const sim::test::SimProcess& sim,
                    const std::set<std::int64_t>& app_groups = kDefaultAppGroups);

/// The simulator's stats: requests served on `route` (e.g. "api.getOpenLiveOne").
std::int64_t served(const sim::test::SimProcess& sim, const std::string& route);
/// The simulator's stats: answers with `outcome` (e.g. "503", "reset").
std::int64_t outcomes(const sim::test::SimProcess& sim, const std::string& outcome);
/// Adds one fault rule.
void add_fault(const sim::test::SimProcess& sim, const nlohmann::json& rule);
/// Zeroes the simulator's counters.
void reset_stats(const sim::test::SimProcess& sim);

/// Number of list pages a walk of `items` takes with the simulator's defaults (20
/// a page; each page after the first repeats the previous page's last item), the
/// empty page that ends the list included.
std::int64_t open_live_pages(std::size_t items);
std::int64_t live_pages(std::size_t items);

}  // namespace kvm48::test
