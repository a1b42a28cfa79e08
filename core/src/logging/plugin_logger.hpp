#pragma once
// The kvm48::Logger lent to a plugin instance, on top of a Poco logger named
// after the instance ("source.live48", "backend.sqlite").

#include <string>

#include "kvm48/logger.hpp"

namespace Poco {
class Logger;
}

namespace kvm48::host {

class PluginLogger final : public kvm48::Logger {
 public:
  /// `component` names the Poco logger, e.g. "source.live48"; every line the
  /// plugin writes is prefixed with it by the formatter.
  explicit PluginLogger(const std::string& component);

  [[nodiscard]] bool enabled(LogLevel level) const noexcept override;
  void write(LogLevel level, std::string_view message) noexcept override;
  /// As write, for a line of one crawl run: the run id travels as the message's
  /// `run` parameter (line_formatter.hpp prints it as the format wants).
  void write_for_run(LogLevel level, const std::string& run_id, std::string_view message) noexcept;

 private:
  Poco::Logger& logger_;
};

}  // namespace kvm48::host
