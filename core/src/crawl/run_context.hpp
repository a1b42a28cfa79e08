#pragma once
// The CrawlContext of one run: the services of the run, gathered.

#include <string>

#include "crawl/batching_sink.hpp"
#include "crawl/known_items.hpp"
#include "crawl/run_logger.hpp"
#include "http/http_fetcher.hpp"
#include "kvm48/crawl.hpp"

namespace kvm48::host {

class RunContext final : public CrawlContext {
 public:
  RunContext(CrawlOptions options, std::string run_id, RunLogger& logger, HttpFetcher& http,
             BatchingSink& sink, BackendKnownItems& known, const Cancellation& cancellation,
             int item_concurrency)
      : options_(std::move(options)),
        run_id_(std::move(run_id)),
        logger_(logger),
        http_(http),
        sink_(sink),
        known_(known),
        cancellation_(cancellation),
        item_concurrency_(item_concurrency < 1 ? 1 : item_concurrency) {}

  [[nodiscard]] const CrawlOptions& options() const noexcept override { return options_; }
  [[nodiscard]] std::string_view run_id() const noexcept override { return run_id_; }
  [[nodiscard]] Logger& logger() noexcept override { return logger_; }
  [[nodiscard]] HttpClient& http() noexcept override { return http_; }
  [[nodiscard]] RecordSink& sink() noexcept override { return sink_; }
  [[nodiscard]] KnownItems& known() noexcept override { return known_; }
  [[nodiscard]] bool cancelled() const noexcept override { return cancellation_.cancelled(); }
  void for_each_parallel(std::size_t count,
                         const std::function<void(std::size_t)>& task) noexcept override;

 private:
  const CrawlOptions options_;
  const std::string run_id_;
  RunLogger& logger_;
  HttpFetcher& http_;
  BatchingSink& sink_;
  BackendKnownItems& known_;
  const Cancellation& cancellation_;
  const int item_concurrency_;
};

}  // namespace kvm48::host
