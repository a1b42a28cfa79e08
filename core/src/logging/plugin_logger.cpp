#include "logging/plugin_logger.hpp"

#include <Poco/Logger.h>
#include <Poco/Message.h>

#include "logging/line_formatter.hpp"

namespace kvm48::host {
namespace {

Poco::Message::Priority priority_of(LogLevel level) {
  switch (level) {
    case LogLevel::trace: return Poco::Message::PRIO_TRACE;
    case LogLevel::debug: return Poco::Message::PRIO_DEBUG;
    case LogLevel::info: return Poco::Message::PRIO_INFORMATION;
    case LogLevel::notice: return Poco::Message::PRIO_NOTICE;
    case LogLevel::warning: return Poco::Message::PRIO_WARNING;
    case LogLevel::error: return Poco::Message::PRIO_ERROR;
    case LogLevel::critical: return Poco::Message::PRIO_CRITICAL;
  }
  return Poco::Message::PRIO_ERROR;  // an out-of-range level from a plugin is shown
}

}  // namespace

PluginLogger::PluginLogger(const std::string& component) : logger_(Poco::Logger::get(component)) {}

bool PluginLogger::enabled(LogLevel level) const noexcept {
  return logger_.is(priority_of(level));
}

void PluginLogger::write(LogLevel level, std::string_view message) noexcept {
  write_for_run(level, {}, message);
}

void PluginLogger::write_for_run(LogLevel level, const std::string& run_id,
                                 std::string_view message) noexcept {
  try {
    const auto priority = priority_of(level);
    if (!logger_.is(priority)) return;
    // One event, one line: a plugin's embedded newlines would split it.
    std::string text(message);
    for (char& c : text) {
      if (c == '\n' || c == '\r') c = ' ';
    }
    Poco::Message event(logger_.name(), text, priority);
    if (!run_id.empty()) event.set(kRunIdParameter, run_id);
    logger_.log(event);
  } catch (...) {
    // A logger never fails its caller; a line lost to a full disk is not a crash.
  }
}

}  // namespace kvm48::host
