#pragma once
// Captures the log lines of the crawl (the plugin's "timing:" line among them).

#include <Poco/Channel.h>
#include <Poco/Message.h>

#include <mutex>
#include <string>
#include <vector>

namespace kvm48::bench {

/// A Poco channel keeping every message's text; install it with
/// Poco::Logger::root().setChannel before the loggers are created.
class LogCapture : public Poco::Channel {
 public:
  void log(const Poco::Message& message) override;
  /// The text of the last message containing `needle`, or "".
  [[nodiscard]] std::string last_with(const std::string& needle);

 private:
  std::mutex mutex_;
  std::vector<std::string> lines_;
};

/// The integer after "key=" in `line`, or 0.
std::uint64_t field(const std::string& line, const std::string& key);

}  // namespace kvm48::bench
