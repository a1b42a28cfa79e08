#include "schedule/crawl_scheduler.hpp"

#include <algorithm>

#include <Poco/Logger.h>

namespace kvm48::host {
namespace {

Poco::Logger& log() {
  return Poco::Logger::get("schedule");
}

std::string summary(const CrawlRun& run) {
  std::string text = run.source + ": " + std::string(to_string(run.outcome)) + ", " +
                     std::to_string(run.items_new) + " new, " + std::to_string(run.items_updated) +
                     " updated, " + std::to_string(run.items_unchanged) + " unchanged, " +
                     std::to_string(run.requests) + " requests, " + std::to_string(run.retries) +
                     " retries (run " + run.run_id + ")";
  if (!run.error.empty()) text += ": " + run.error;
  return text;
}

}  // namespace

CrawlScheduler::CrawlScheduler(Backend& backend, CrawlRunner& runner,
                               std::vector<ScheduledSource> sources, RunObserver* observer,
                               std::string user_agent)
    : backend_(backend),
      runner_(runner),
      sources_(std::move(sources)),
      observer_(observer),
      pinger_(std::move(user_agent)) {}

CrawlScheduler::~CrawlScheduler() {
  stop();
}

void CrawlScheduler::start() {
  start_threads([](const ScheduledSource& source) { return source.schedule.run_at_start; });
}

void CrawlScheduler::start_after_reload(const std::vector<std::string>& run_now) {
  start_threads([&run_now](const ScheduledSource& source) {
    return std::find(run_now.begin(), run_now.end(), source.instance.name) != run_now.end();
  });
}

void CrawlScheduler::start_threads(const std::function<bool(const ScheduledSource&)>& run_now) {
  for (const auto& source : sources_) {
    const bool now = run_now(source);
    threads_.emplace_back([this, &source, now] { loop(source, now); });
  }
}

std::vector<std::string> CrawlScheduler::stop() {
  std::vector<std::string> cut_short;
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && threads_.empty()) return cut_short;
    stopping_ = true;
    cut_short = running_;
  }
  wake_.notify_all();
  runner_.cancel_all();
  for (auto& thread : threads_) thread.join();
  threads_.clear();
  std::lock_guard lock(mutex_);
  if (!keep_crawl_lock_ && backend_.holds_crawl_lock()) backend_.release_crawl_lock();
  return cut_short;
}

void CrawlScheduler::loop(const ScheduledSource& source, bool run_now) {
  const auto& schedule = source.schedule;
  log().information(source.instance.name + ": every " + std::to_string(schedule.interval_seconds) +
                    " s, jitter " + std::to_string(static_cast<int>(schedule.jitter * 100)) + "%" +
                    (run_now ? ", first run now" : ""));
  if (!run_now && !wait(next_delay(schedule))) return;
  for (;;) {
    const auto started = std::chrono::steady_clock::now();
    run_once(source);
    // The interval runs from start to start; a run longer than it is followed at once.
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    const auto delay = std::max(next_delay(schedule) - elapsed, std::chrono::milliseconds(0));
    if (!wait(delay)) return;
  }
}

void CrawlScheduler::run_once(const ScheduledSource& source) {
  const std::string& name = source.instance.name;
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;  // no run that would only be recorded as cancelled
  }
  if (!hold_crawl_lock()) {
    log().information(name +
                      ": another kvm48-server holds the crawl lock of this database; skipping "
                      "this run");
    if (observer_) observer_->run_skipped(name);
    return;
  }
  const std::chrono::milliseconds timeout(source.schedule.ping_timeout_ms);
  pinger_.started(source.schedule.ping_url, timeout);
  if (observer_) observer_->run_started(name);
  {
    std::lock_guard lock(mutex_);
    running_.push_back(name);
  }
  const RunResult result = runner_.run(source.instance, CrawlOptions{});
  {
    std::lock_guard lock(mutex_);
    running_.erase(std::find(running_.begin(), running_.end(), name));
  }
  if (observer_) observer_->run_finished(name, result);
  const std::string line = summary(result.run);
  if (result.status.ok()) {
    log().information(line);
  } else {
    log().warning(line);
  }
  // A run cut short by our own shutdown is not a failure worth an alert.
  if (result.run.outcome != RunOutcome::cancelled) {
    pinger_.finished(source.schedule.ping_url, result.status.ok(), line + "\n", timeout);
  }
}

bool CrawlScheduler::hold_crawl_lock() {
  std::lock_guard lock(mutex_);
  if (backend_.holds_crawl_lock()) return true;
  bool acquired = false;
  if (Status status = backend_.try_acquire_crawl_lock(acquired); !status.ok()) {
    log().warning("cannot take the crawl lock: " + status.message());
    return false;
  }
  if (acquired) log().information("this instance holds the crawl lock and crawls");
  return acquired;
}

bool CrawlScheduler::wait(std::chrono::milliseconds delay) {
  std::unique_lock lock(mutex_);
  return !wake_.wait_for(lock, delay, [this] { return stopping_; });
}

std::chrono::milliseconds CrawlScheduler::next_delay(const ScheduleConfig& schedule) {
  std::lock_guard lock(mutex_);
  std::uniform_real_distribution<double> spread(1.0 - schedule.jitter, 1.0 + schedule.jitter);
  const double seconds = static_cast<double>(schedule.interval_seconds) * spread(random_);
  return std::chrono::milliseconds(static_cast<std::int64_t>(seconds * 1000));
}

}  // namespace kvm48::host
