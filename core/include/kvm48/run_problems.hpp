#pragma once
// For source plugins: problems that fail a run without stopping it (a malformed
// page or row, a VOD without a stream, an id conflict): each is logged as it
// happens, the crawl goes on, and the run ends failed with the first one named.
// Header-only; it never crosses the plugin boundary.

#include <cstddef>
#include <mutex>
#include <string>

#include "kvm48/logger.hpp"
#include "kvm48/status.hpp"

namespace kvm48 {

class RunProblems {
 public:
  explicit RunProblems(Logger& logger) : logger_(logger) {}

  /// Logs `message` as an error and remembers it. Threads: any.
  void report(StatusCode code, const std::string& message) {
    logger_.error(message);
    std::lock_guard<std::mutex> lock(mutex_);
    if (count_++ == 0) first_ = Status(code, message);
  }

  /// ok when nothing was reported; else the first problem's code, and a message
  /// with the count and the first problem.
  [[nodiscard]] Status status() const {
    std::lock_guard<std::mutex> lock(mutex_);
    if (count_ == 0) return {};
    return {first_.code(), std::to_string(count_) + (count_ == 1 ? " problem" : " problems") +
                               ", first: " + first_.message()};
  }

 private:
  Logger& logger_;
  mutable std::mutex mutex_;
  std::size_t count_ = 0;
  Status first_;
};

}  // namespace kvm48
