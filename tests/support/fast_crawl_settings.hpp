#pragma once
// The crawl engine's settings for tests against the local simulator: short timeouts and
// retries 10 ms apart, so a test of failures takes milliseconds, not minutes.

#include <chrono>

#include "crawl/crawl_runner.hpp"

namespace kvm48::test {

inline host::CrawlSettings fast_settings() {
  host::CrawlSettings settings;
  settings.http.connect_timeout = std::chrono::milliseconds(1000);
  settings.http.request_timeout = std::chrono::milliseconds(2000);
  settings.http.backoff_base = std::chrono::milliseconds(10);
  settings.http.backoff_max = std::chrono::milliseconds(100);
  settings.http.retry_after_max = std::chrono::milliseconds(5000);
  settings.run_budget = std::chrono::seconds(120);
  return settings;
}

}  // namespace kvm48::test
