#pragma once
// healthchecks.io-style pings about crawl runs, sent from a thread of their own so that a
// slow or dead ping endpoint never delays a crawl.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

#include "http/cancellation.hpp"

namespace kvm48::host {

/// Thread-safe. Pings are sent in order, one at a time, each with one retry and the given
/// timeout; a failed ping is logged and dropped. At most 64 wait: older ones are dropped
/// first (a ping about an old run is worth less than one about the latest).
class RunPinger {
 public:
  explicit RunPinger(std::string user_agent);
  /// Sends what is queued (each within its timeout), then stops the thread.
  ~RunPinger();
  RunPinger(const RunPinger&) = delete;
  RunPinger& operator=(const RunPinger&) = delete;

  /// GET <base>/start
  void started(const std::string& base, std::chrono::milliseconds timeout);
  /// GET <base> (success) or POST <base>/fail with `summary` (at most 10 KB) as the body.
  void finished(const std::string& base, bool success, const std::string& summary,
                std::chrono::milliseconds timeout);

 private:
  struct Ping {
    std::string method;
    std::string url;
    std::string body;
    std::chrono::milliseconds timeout;
  };
  void enqueue(Ping ping);
  void work();
  void send(const Ping& ping);

  const std::string user_agent_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Ping> queue_;
  bool stopping_ = false;
  Cancellation never_cancelled_;
  std::thread worker_;
};

}  // namespace kvm48::host
