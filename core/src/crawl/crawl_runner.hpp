#pragma once
// Runs one crawl of one source instance: the engine's run loop.

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "crawl/crawl_settings.hpp"
#include "http/cancellation.hpp"
#include "kvm48/backend.hpp"
#include "kvm48/source.hpp"

namespace kvm48::host {

/// A source instance ready to run.
struct SourceInstance {
  std::string name;            ///< instance name ("live48")
  std::string plugin;          ///< plugin name ("live48_web")
  std::string plugin_version;  ///< plugin version ("1.0.0")
  std::shared_ptr<Source> source;
};

struct RunResult {
  CrawlRun run;   ///< as stored at the end (outcome, counts, error)
  Status status;  ///< ok only for a successful run
};

/// Runs crawls against one backend. A run gets its own HTTP client, sink,
/// logger and cancellation; its run record is stored at the start, with every
/// batch, and at the end. Threads: run() may be called from several threads for
/// different sources; a second run of a source already running is refused
/// (`conflict`), never queued.
class CrawlRunner {
 public:
  CrawlRunner(Backend& backend, CrawlSettings settings);

  RunResult run(const SourceInstance& instance, const CrawlOptions& options);

  /// Asks every running crawl to stop (shutdown); they end as `cancelled`.
  void cancel_all();

 private:
  bool claim(const std::string& source, Cancellation* cancellation);
  void release(const std::string& source);

  Backend& backend_;
  const CrawlSettings settings_;
  std::mutex mutex_;
  std::map<std::string, Cancellation*> running_;
  bool shutting_down_ = false;
};

}  // namespace kvm48::host
