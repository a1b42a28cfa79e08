#pragma once
// The scale-out layout of docs/operations.md, for real: one PostgreSQL (the CTest fixture's
// throwaway cluster, a scratch schema per test), one redis-server, the upstream simulator on
// a small dataset, two `kvm48-server run` instances sharing them, and Debian's nginx (from
// config/examples/nginx-kvm48.conf) balancing between the two.

#include <array>
#include <memory>
#include <set>
#include <string>

#include "nginx_process.hpp"
#include "redis_server.hpp"
#include "server_process.hpp"
#include "sim_process.hpp"
#include "test_postgres.hpp"

namespace kvm48::test {

/// Seconds between crawls (the configuration's minimum); no jitter.
inline constexpr int kIntervalSeconds = 10;
/// GraphQL requests one client may make per hour, counted in Redis across both instances.
inline constexpr int kHourlyLimit = 5;

class ScaleOut {
 public:
  ScaleOut();

  [[nodiscard]] int nginx_port() const { return nginx_->port(); }
  [[nodiscard]] ServerProcess& instance(int i) { return *instances_.at(static_cast<size_t>(i)); }
  [[nodiscard]] sim::test::SimProcess& sim() { return sim_; }

  /// The canonical ids of the VODs stored in PostgreSQL, and how many rows hold them.
  [[nodiscard]] std::multiset<std::string> stored_ids() const;
  /// The ids a crawl of the active clubs must store from the simulator's current dataset.
  [[nodiscard]] std::multiset<std::string> expected_ids();
  /// Whether two finished runs recorded in crawl_run overlap in time.
  [[nodiscard]] bool finished_runs_overlap() const;

 private:
  ScratchSchema schema_{"scale_out"};
  ratelimit::testing::RedisServer redis_;
  sim::test::SimProcess sim_;
  std::array<std::unique_ptr<ServerProcess>, 2> instances_;
  std::unique_ptr<NginxProcess> nginx_;
};

/// "stored N, expected M; missing: ...; extra: ..." (at most 5 ids each), for failure reports.
std::string difference(const std::multiset<std::string>& stored,
                       const std::multiset<std::string>& expected);

/// A sample of an instance's own /metrics (asked directly); -1 when the series is absent.
double metric(const ServerProcess& instance, const std::string& series);

/// `kvm48_crawl_runs_total` of the source "live48" with `outcome`; -1 when absent.
double runs(const ServerProcess& instance, const std::string& outcome);

/// Polls `done` every 100 ms for at most `seconds`.
bool eventually(int seconds, const std::function<bool()>& done);

}  // namespace kvm48::test
