#pragma once
// The `crawl:` section of the configuration, as the engine's settings.

#include "config/config.hpp"
#include "crawl/crawl_settings.hpp"

namespace kvm48::host {

CrawlSettings crawl_settings(const CrawlConfig& config);

}  // namespace kvm48::host
