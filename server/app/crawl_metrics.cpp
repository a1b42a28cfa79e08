#include "crawl_metrics.hpp"

#include <chrono>

namespace kvm48::app {

CrawlMetrics::CrawlMetrics(metrics::Registry& registry)
    : runs_(registry.counter("kvm48_crawl_runs_total",
                             "Crawl runs by source and outcome (skipped: another instance "
                             "holds the crawl lock).",
                             {"source", "outcome"})),
      items_(registry.counter("kvm48_crawl_items_total",
                              "Items stored by crawls, by source and result (new, updated, "
                              "unchanged).",
                              {"source", "result"})),
      requests_(registry.counter("kvm48_crawl_requests_total",
                                 "Upstream requests sent by crawls, retries included.",
                                 {"source"})),
      retries_(
          registry.counter("kvm48_crawl_retries_total", "Upstream requests retried.", {"source"})),
      duration_(registry.histogram("kvm48_crawl_run_duration_seconds", "Duration of crawl runs.",
                                   {1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600}, {"source"})),
      running_(
          registry.gauge("kvm48_crawl_running", "1 while a crawl of the source runs.", {"source"})),
      last_success_(registry.gauge("kvm48_crawl_last_success_timestamp_seconds",
                                   "When the last successful crawl of the source finished.",
                                   {"source"})) {}

void CrawlMetrics::run_started(const std::string& source) {
  running_.with({source}).set(1);
}

void CrawlMetrics::run_finished(const std::string& source, const host::RunResult& result) {
  const CrawlRun& run = result.run;
  running_.with({source}).set(0);
  runs_.with({source, std::string(to_string(run.outcome))}).increment();
  items_.with({source, "new"}).increment(static_cast<double>(run.items_new));
  items_.with({source, "updated"}).increment(static_cast<double>(run.items_updated));
  items_.with({source, "unchanged"}).increment(static_cast<double>(run.items_unchanged));
  requests_.with({source}).increment(static_cast<double>(run.requests));
  retries_.with({source}).increment(static_cast<double>(run.retries));
  if (run.finished_at_ms) {
    duration_.with({source}).observe(static_cast<double>(*run.finished_at_ms - run.started_at_ms) /
                                     1000.0);
    if (run.outcome == RunOutcome::success) {
      last_success_.with({source}).set(static_cast<double>(*run.finished_at_ms) / 1000.0);
    }
  }
}

void CrawlMetrics::run_skipped(const std::string& source) {
  runs_.with({source, "skipped"}).increment();
}

}  // namespace kvm48::app
