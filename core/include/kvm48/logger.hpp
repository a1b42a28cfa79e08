#pragma once
// The logger the host lends to each plugin instance.

#include <cstdint>
#include <string_view>

namespace kvm48 {

enum class LogLevel : std::uint32_t {
  trace = 1,
  debug = 2,
  info = 3,
  notice = 4,
  warning = 5,
  error = 6,
  critical = 7,
};

/// A logger bound to one plugin instance: the host prefixes every line with the
/// instance name (and the run id while a crawl runs), so a plugin never repeats it.
///
/// Ownership: the host owns it; it outlives the plugin instance it is lent to.
/// Threads: any thread may call it concurrently.
/// Contract: one call is one event and becomes one line; never pass a secret or a
/// whole upstream body. Never fails and never throws.
class Logger {
 public:
  virtual ~Logger() = default;

  /// Whether a message at this level would be written; use it to skip building
  /// expensive messages.
  [[nodiscard]] virtual bool enabled(LogLevel level) const noexcept = 0;
  virtual void write(LogLevel level, std::string_view message) noexcept = 0;

  void trace(std::string_view m) noexcept { write(LogLevel::trace, m); }
  void debug(std::string_view m) noexcept { write(LogLevel::debug, m); }
  void info(std::string_view m) noexcept { write(LogLevel::info, m); }
  void notice(std::string_view m) noexcept { write(LogLevel::notice, m); }
  void warning(std::string_view m) noexcept { write(LogLevel::warning, m); }
  void error(std::string_view m) noexcept { write(LogLevel::error, m); }

 protected:
  Logger() = default;
  Logger(const Logger&) = default;
  Logger& operator=(const Logger&) = default;
};

}  // namespace kvm48
