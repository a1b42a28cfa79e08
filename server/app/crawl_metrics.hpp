#pragma once
// Crawl runs in /metrics (`kvm48-server run`): the scheduler's RunObserver.

#include "metrics/registry.hpp"
#include "schedule/crawl_scheduler.hpp"

namespace kvm48::app {

/// Thread-safe. The registry must outlive it.
class CrawlMetrics final : public host::RunObserver {
 public:
  explicit CrawlMetrics(metrics::Registry& registry);
  void run_started(const std::string& source) override;
  void run_finished(const std::string& source, const host::RunResult& result) override;
  void run_skipped(const std::string& source) override;

 private:
  metrics::Family<metrics::Counter>& runs_;
  metrics::Family<metrics::Counter>& items_;
  metrics::Family<metrics::Counter>& requests_;
  metrics::Family<metrics::Counter>& retries_;
  metrics::Family<metrics::Histogram>& duration_;
  metrics::Family<metrics::Gauge>& running_;
  metrics::Family<metrics::Gauge>& last_success_;
};

}  // namespace kvm48::app
