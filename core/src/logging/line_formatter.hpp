#pragma once
// One log event, one line, in the format `log.format` names:
//   text    2026-11-28T04:30:00.123Z I source.live48: run 20261128T043000Z-live48-1a2b: 15 new
//   logfmt  time=2026-11-28T04:30:00.123Z level=info component=source source=live48 run=2026...
//   msg="15 new" json
//   {"time":"2026-11-28T04:30:00.123Z","level":"info","component":"source","source":"live48","run":"2026...","msg":"15
//   new"}
// The structured forms have fixed keys, in this order: time, level, component, then
// source (the instance, for source and backend plugin loggers) and run (the crawl run id)
// when known, then msg. A line never contains a newline.

#include <optional>
#include <string>
#include <string_view>

#include <Poco/Formatter.h>

namespace Poco {
class Message;
}

namespace kvm48::host {

enum class LogFormat { text, logfmt, json };

/// "text", "logfmt" or "json"; nullopt for anything else.
std::optional<LogFormat> log_format_from_name(std::string_view name);

/// The message parameter (Poco::Message::set) that carries a crawl run's id.
inline constexpr const char* kRunIdParameter = "run";

class LineFormatter final : public Poco::Formatter {
 public:
  explicit LineFormatter(LogFormat format) : format_(format) {}
  void format(const Poco::Message& message, std::string& text) override;

 private:
  LogFormat format_;
};

}  // namespace kvm48::host
