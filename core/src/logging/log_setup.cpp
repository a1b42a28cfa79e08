#include "logging/log_setup.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>

#include "logging/line_formatter.hpp"

namespace kvm48::host {

int log_priority(const std::string& level) {
  if (level == "none") return 0;
  if (level == "fatal") return Poco::Message::PRIO_FATAL;
  if (level == "critical") return Poco::Message::PRIO_CRITICAL;
  if (level == "error") return Poco::Message::PRIO_ERROR;
  if (level == "warning") return Poco::Message::PRIO_WARNING;
  if (level == "notice") return Poco::Message::PRIO_NOTICE;
  if (level == "information" || level == "info") return Poco::Message::PRIO_INFORMATION;
  if (level == "debug") return Poco::Message::PRIO_DEBUG;
  if (level == "trace") return Poco::Message::PRIO_TRACE;
  return -1;
}

void setup_logging(const std::string& level, const std::string& format) {
  Poco::AutoPtr<LineFormatter> formatter(
      new LineFormatter(log_format_from_name(format).value_or(LogFormat::text)));
  Poco::AutoPtr<Poco::ConsoleChannel> console(new Poco::ConsoleChannel);  // writes to std::clog
  Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(formatter, console));
  const int priority = log_priority(level);
  Poco::Logger::root().setChannel(channel);
  Poco::Logger::root().setLevel(priority < 0 ? Poco::Message::PRIO_INFORMATION : priority);
  // Loggers created before this call keep their own settings; bring them along.
  Poco::Logger::setChannel("", channel);
  Poco::Logger::setLevel("", priority < 0 ? Poco::Message::PRIO_INFORMATION : priority);
}

}  // namespace kvm48::host
