#pragma once
// Fetches one live.48.cn page through the host's HTTP client (its retries,
// backoff, Retry-After, per-host limits) with the instance's headers.

#include <string>

#include <kvm48/crawl.hpp>

#include "crawl_timers.hpp"

namespace live48 {

/// GETs `url`. ok with the body only for HTTP 200. Otherwise:
///  - unavailable / cancelled / invalid_data as the host's client returned them
///    (retries exhausted, cancelled, unusable URL);
///  - not_found for any other final HTTP status (404, 403, ...: not retried by
///    the host; the message names the status).
/// Threads: any (the host's client is thread-safe).
kvm48::Status fetch_page(kvm48::CrawlContext& context, const kvm48::HttpHeaders& headers,
                         const std::string& url, CrawlTimers& timers, std::string& body);

}  // namespace live48
