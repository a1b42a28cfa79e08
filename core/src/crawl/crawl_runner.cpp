#include "crawl/crawl_runner.hpp"

#include <atomic>
#include <chrono>
#include <ctime>
#include <random>
#include <thread>

#include "crawl/batching_sink.hpp"
#include "crawl/known_items.hpp"
#include "crawl/run_context.hpp"
#include "crawl/run_logger.hpp"
#include "http/http_fetcher.hpp"
#include "logging/plugin_logger.hpp"

namespace kvm48::host {
namespace {

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

/// "20261127T214500Z-live48-3f9a": sortable, readable, unique enough.
std::string make_run_id(const std::string& source) {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
  static thread_local std::mt19937 random{std::random_device{}()};
  char suffix[8];
  std::snprintf(suffix, sizeof suffix, "%04x", static_cast<unsigned>(random() & 0xffffU));
  return std::string(stamp) + "-" + source + "-" + suffix;
}

std::string describe(const CrawlOptions& options) {
  std::string mode = options.full ? "full" : "incremental";
  if (options.legacy) mode += " legacy";
  if (options.limit_pages) mode += " limit-pages=" + std::to_string(*options.limit_pages);
  return mode;
}

RunOutcome outcome_of(const Status& status, bool over_budget) {
  if (over_budget) return RunOutcome::over_budget;
  if (status.ok()) return RunOutcome::success;
  return status.code() == StatusCode::cancelled ? RunOutcome::cancelled : RunOutcome::failed;
}

}  // namespace

CrawlRunner::CrawlRunner(Backend& backend, CrawlSettings settings)
    : backend_(backend), settings_(std::move(settings)) {}

bool CrawlRunner::claim(const std::string& source, Cancellation* cancellation) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (shutting_down_) cancellation->cancel();
  return running_.emplace(source, cancellation).second;
}

void CrawlRunner::release(const std::string& source) {
  std::lock_guard<std::mutex> lock(mutex_);
  running_.erase(source);
}

void CrawlRunner::cancel_all() {
  std::lock_guard<std::mutex> lock(mutex_);
  shutting_down_ = true;
  for (auto& [source, cancellation] : running_) cancellation->cancel();
}

RunResult CrawlRunner::run(const SourceInstance& instance, const CrawlOptions& options) {
  RunResult result;
  CrawlRun& run = result.run;
  run.run_id = make_run_id(instance.name);
  run.source = instance.name;
  run.plugin = instance.plugin;
  run.plugin_version = instance.plugin_version;
  run.mode = describe(options);
  run.started_at_ms = now_ms();

  Cancellation cancellation;
  if (!claim(instance.name, &cancellation)) {
    run.outcome = RunOutcome::failed;
    run.error = "a crawl of " + instance.name + " is already running";
    result.status = Status(StatusCode::conflict, run.error);
    return result;  // not stored: the running crawl owns the source's record
  }
  struct Release {
    CrawlRunner& runner;
    const std::string& source;
    ~Release() { runner.release(source); }
  } release_on_exit{*this, instance.name};

  PluginLogger instance_logger("source." + instance.name);
  RunLogger logger(instance_logger, run.run_id);
  HttpFetcher http(settings_.http, cancellation, &logger);
  auto record = [&](const UpsertCounts& totals) {
    CrawlRun snapshot = run;
    snapshot.requests = http.stats().requests;
    snapshot.retries = http.stats().retries;
    snapshot.items_new = totals.inserted;
    snapshot.items_updated = totals.updated;
    snapshot.items_unchanged = totals.unchanged;
    return snapshot;
  };
  BatchingSink sink(backend_, instance.name, settings_.batch_size, record);
  BackendKnownItems known(backend_, instance.name);
  RunContext context(options, run.run_id, logger, http, sink, known, cancellation,
                     settings_.item_concurrency);

  if (Status started = sink.write_run_record(); !started.ok()) {
    run.outcome = RunOutcome::failed;
    run.error = "cannot record the run: " + started.message();
    result.status = Status(started.code(), run.error);
    logger.error(run.error);
    return result;
  }
  logger.info("started (" + run.mode + ")");

  // The budget: a watchdog cancels the run when it has gone on too long.
  std::atomic<bool> over_budget{false};
  Cancellation finished;
  std::thread watchdog([&] {
    if (finished.sleep_for(
            std::chrono::duration_cast<std::chrono::milliseconds>(settings_.run_budget))) {
      over_budget = true;
      cancellation.cancel();
    }
  });
  Status status = instance.source->crawl(context);
  finished.cancel();
  watchdog.join();

  // Records added since the last commit are valid data: write them. Only a
  // successful run's final write may fail the run.
  Status flushed = sink.commit({});
  if (status.ok() && !flushed.ok()) status = flushed;

  run.outcome = outcome_of(status, over_budget);
  if (!status.ok()) {
    run.error = status.message();
    if (over_budget) {
      run.error = "run budget of " + std::to_string(settings_.run_budget.count()) +
                  " s exceeded: " + run.error;
    }
  }
  run.finished_at_ms = now_ms();
  run = record(sink.totals());
  if (Status stored = sink.write_run_record(); !stored.ok()) {
    logger.error("cannot store the end of the run: " + stored.message());
    if (status.ok()) status = stored;
  }
  result.status = status.ok() ? status : Status(status.code(), run.error, status.key());
  const std::string summary =
      std::string(to_string(run.outcome)) + " in " +
      std::to_string(*run.finished_at_ms - run.started_at_ms) +
      " ms: " + std::to_string(run.items_new) + " new, " + std::to_string(run.items_updated) +
      " updated, " + std::to_string(run.items_unchanged) + " unchanged, " +
      std::to_string(run.requests) + " requests, " + std::to_string(run.retries) + " retries" +
      (run.error.empty() ? "" : "; " + run.error);
  logger.write(run.outcome == RunOutcome::success ? LogLevel::info : LogLevel::error, summary);
  return result;
}

}  // namespace kvm48::host
