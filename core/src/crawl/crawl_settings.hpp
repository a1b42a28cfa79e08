#pragma once
// How the engine runs crawls: the HTTP policy and the engine's own limits.

#include <chrono>
#include <cstddef>

#include "http/http_policy.hpp"

namespace kvm48::host {

struct CrawlSettings {
  HttpPolicy http;
  int item_concurrency =
      2;  ///< CrawlContext::for_each_parallel width (the original's ThreadPool(2))
  std::size_t batch_size = 500;  ///< records buffered before the sink writes a batch on its own
  std::chrono::seconds run_budget{
      1800};  ///< a run still going after this is cancelled (over_budget)
};

}  // namespace kvm48::host
