#pragma once
// How the host's HTTP client behaves towards an upstream. Defaults follow the
// original crawler (3 tries, 2 s then 4 s apart, 5 s timeout) where it had one.

#include <chrono>
#include <cstddef>
#include <set>
#include <string>

namespace kvm48::host {

struct HttpPolicy {
  std::chrono::milliseconds connect_timeout{5000};
  std::chrono::milliseconds request_timeout{10000};  ///< per attempt, for sending and each read
  int max_attempts = 3;                              ///< 1 = no retries
  std::chrono::milliseconds backoff_base{2000};      ///< delay before the 2nd attempt
  double backoff_multiplier = 2.0;                   ///< each further delay is this much longer
  std::chrono::milliseconds backoff_max{60000};
  double jitter = 0.2;  ///< each delay is scaled by a random factor in [1 - jitter, 1 + jitter]
  /// A Retry-After longer than this is not waited for: the attempt fails.
  std::chrono::milliseconds retry_after_max{120000};
  int per_host_concurrency = 2;                     ///< requests in flight to one host
  std::chrono::milliseconds per_host_min_delay{0};  ///< between request starts to one host
  std::string user_agent = "kvm48-server";
  std::size_t max_body_bytes = 16 * 1024 * 1024;
  std::set<int> retry_statuses = {408, 429, 500, 502, 503, 504};
};

}  // namespace kvm48::host
