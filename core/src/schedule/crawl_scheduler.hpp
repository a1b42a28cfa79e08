#pragma once
// `kvm48-server run`'s crawls: each source instance on its own schedule (an interval with
// jitter), in its own thread, so one source's run never overlaps another of its own and a
// slow source never delays the others.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "config/config.hpp"
#include "crawl/crawl_runner.hpp"
#include "schedule/run_pinger.hpp"

namespace kvm48::host {

struct ScheduledSource {
  SourceInstance instance;
  ScheduleConfig schedule;
};

/// Told about every run (metrics); called from the scheduler's threads, must be thread-safe.
struct RunObserver {
  virtual ~RunObserver() = default;
  virtual void run_started(const std::string& source) = 0;
  virtual void run_finished(const std::string& source, const RunResult& result) = 0;
  /// The run was skipped: another kvm48-server holds the database's crawl lock.
  virtual void run_skipped(const std::string& source) = 0;
};

/// Start once, stop once (stop is idempotent and also done by the destructor). The backend,
/// runner and observer must outlive the scheduler.
///
/// Several instances of kvm48-server may share one database (PostgreSQL): before each run
/// the scheduler makes sure this process holds the backend's crawl lock, taking it when
/// free and keeping it from then on; while another process holds it, runs are skipped (and
/// tried again at the next tick), so exactly one instance crawls.
class CrawlScheduler {
 public:
  CrawlScheduler(Backend& backend, CrawlRunner& runner, std::vector<ScheduledSource> sources,
                 RunObserver* observer, std::string user_agent);
  ~CrawlScheduler();
  CrawlScheduler(const CrawlScheduler&) = delete;
  CrawlScheduler& operator=(const CrawlScheduler&) = delete;

  /// Starts a thread per source; a source runs first at once when its schedule says
  /// run_at_start, else after one interval.
  void start();
  /// As start, after a reload: the sources named in `run_now` (whose runs the reload cut
  /// short) run at once, the others after one interval (a reload is not a start).
  void start_after_reload(const std::vector<std::string>& run_now);
  /// Cancels running crawls (they commit what they have and end as `cancelled`), wakes the
  /// waiting threads and joins them. Returns the names of the sources whose run it cut
  /// short (a reload runs those again at once).
  std::vector<std::string> stop();
  /// Whether stop() should release the backend's crawl lock (the default). A reload that
  /// hands over to a new scheduler in this process keeps it.
  void keep_crawl_lock_on_stop() { keep_crawl_lock_ = true; }

 private:
  void start_threads(const std::function<bool(const ScheduledSource&)>& run_now);
  void loop(const ScheduledSource& source, bool run_now);
  void run_once(const ScheduledSource& source);
  /// Takes the crawl lock if this process does not hold it yet; false if another does.
  bool hold_crawl_lock();
  /// Waits `delay` or until stop(); false when stopping.
  bool wait(std::chrono::milliseconds delay);
  std::chrono::milliseconds next_delay(const ScheduleConfig& schedule);

  Backend& backend_;
  CrawlRunner& runner_;
  const std::vector<ScheduledSource> sources_;
  RunObserver* observer_;
  RunPinger pinger_;
  std::mutex mutex_;  // guards stopping_, random_ and the crawl lock calls
  std::condition_variable wake_;
  bool stopping_ = false;
  bool keep_crawl_lock_ = false;
  std::vector<std::string> running_;  ///< sources with a run in progress
  std::mt19937_64 random_{std::random_device{}()};
  std::vector<std::thread> threads_;
};

}  // namespace kvm48::host
