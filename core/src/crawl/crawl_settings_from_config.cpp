#include "crawl/crawl_settings_from_config.hpp"

namespace kvm48::host {

CrawlSettings crawl_settings(const CrawlConfig& config) {
  using std::chrono::milliseconds;
  CrawlSettings settings;
  HttpPolicy& http = settings.http;
  http.user_agent = config.user_agent;
  http.connect_timeout = milliseconds(config.connect_timeout_ms);
  http.request_timeout = milliseconds(config.timeout_ms);
  http.max_attempts = config.max_attempts;
  http.backoff_base = milliseconds(config.backoff_ms);
  http.backoff_max = milliseconds(config.backoff_max_ms);
  http.jitter = config.jitter;
  http.retry_after_max = milliseconds(config.retry_after_max_ms);
  http.per_host_concurrency = config.per_host_concurrency;
  http.per_host_min_delay = milliseconds(config.per_host_delay_ms);
  http.max_body_bytes = static_cast<std::size_t>(config.max_body_bytes);
  settings.item_concurrency = config.item_concurrency;
  settings.batch_size = static_cast<std::size_t>(config.batch_size);
  settings.run_budget = std::chrono::seconds(config.run_budget_seconds);
  return settings;
}

}  // namespace kvm48::host
