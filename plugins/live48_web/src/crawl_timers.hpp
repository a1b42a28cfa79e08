#pragma once
// Where one crawl's time went, measured inside the plugin and logged at the end
// of the run (bench/crawl reads that line). Sums over threads: with two VOD
// fetches in flight, HTTP time can exceed wall time.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace live48 {

struct CrawlTimers {
  std::atomic<std::uint64_t> http_us{0};     ///< inside HttpClient::fetch
  std::atomic<std::uint64_t> parse_us{0};    ///< libxml2 parsing and XPath
  std::atomic<std::uint64_t> storage_us{0};  ///< inside RecordSink::add / commit
  std::atomic<std::uint64_t> archive_us{0};  ///< gzip + write of raw pages
  std::atomic<std::uint64_t> list_pages{0};  ///< list pages fetched
  std::atomic<std::uint64_t> vod_pages{0};   ///< VOD pages fetched
  std::atomic<std::uint64_t> stored{0};      ///< records given to the sink

  /// "timing: list_pages=.. vod_pages=.. stored=.. http_us=.. parse_us=.. storage_us=..
  /// archive_us=.."
  [[nodiscard]] std::string summary() const {
    return "timing: list_pages=" + std::to_string(list_pages) +
           " vod_pages=" + std::to_string(vod_pages) + " stored=" + std::to_string(stored) +
           " http_us=" + std::to_string(http_us) + " parse_us=" + std::to_string(parse_us) +
           " storage_us=" + std::to_string(storage_us) +
           " archive_us=" + std::to_string(archive_us);
  }
};

/// Adds the time from construction to destruction to `sum`.
class ScopedTimer {
 public:
  explicit ScopedTimer(std::atomic<std::uint64_t>& sum)
      : sum_(sum), start_(std::chrono::steady_clock::now()) {}
  ~ScopedTimer() {
    sum_ += static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(
                                           std::chrono::steady_clock::now() - start_)
                                           .count());
  }
  ScopedTimer(const ScopedTimer&) = delete;
  ScopedTimer& operator=(const ScopedTimer&) = delete;

 private:
  std::atomic<std::uint64_t>& sum_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace live48
