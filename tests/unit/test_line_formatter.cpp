// The three log line formats: text as before, logfmt and JSON with fixed keys, one line
// per event whatever the message holds.

#include <Poco/Message.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "logging/line_formatter.hpp"

using kvm48::host::LineFormatter;
using kvm48::host::LogFormat;

namespace {

Poco::Message event(const std::string& logger, const std::string& text,
                    Poco::Message::Priority priority, const std::string& run = "") {
  Poco::Message message(logger, text, priority);
  message.setTime(Poco::Timestamp::fromEpochTime(1795408200));  // 2026-11-23T04:30:00Z
  if (!run.empty()) message.set(kvm48::host::kRunIdParameter, run);
  return message;
}

std::string formatted(LogFormat format, const Poco::Message& message) {
  LineFormatter formatter(format);
  std::string line;
  formatter.format(message, line);
  return line;
}

}  // namespace

TEST_CASE("text lines keep the original form, with the run id after the logger name") {
  CHECK(formatted(LogFormat::text, event("plugins", "loaded x", Poco::Message::PRIO_WARNING)) ==
        "2026-11-23T04:30:00.000Z W plugins: loaded x");
  CHECK(formatted(LogFormat::text,
                  event("source.live48", "15 new", Poco::Message::PRIO_INFORMATION, "r-1")) ==
        "2026-11-23T04:30:00.000Z I source.live48: run r-1: 15 new");
}

TEST_CASE("logfmt lines carry time, level, component, source, run and msg in that order") {
  CHECK(formatted(LogFormat::logfmt, event("source.live48", "page 3: 15 new \"ok\"",
                                           Poco::Message::PRIO_INFORMATION, "r-1")) ==
        "time=2026-11-23T04:30:00.000Z level=info component=source source=live48 run=r-1 "
        "msg=\"page 3: 15 new \\\"ok\\\"\"");
  CHECK(formatted(LogFormat::logfmt, event("server", "stopped", Poco::Message::PRIO_ERROR)) ==
        "time=2026-11-23T04:30:00.000Z level=error component=server msg=stopped");
}

TEST_CASE("JSON lines are one object with fixed keys, valid even for bad UTF-8 and newlines") {
  const std::string line = formatted(
      LogFormat::json,
      event("backend.sqlite", "bad \xff byte\nsecond line", Poco::Message::PRIO_CRITICAL, "r-2"));
  CHECK(line.find('\n') == std::string::npos);
  const auto parsed = nlohmann::ordered_json::parse(line);
  std::vector<std::string> keys;
  for (const auto& item : parsed.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"time", "level", "component", "source", "run", "msg"});
  CHECK(parsed["level"] == "critical");
  CHECK(parsed["component"] == "backend");
  CHECK(parsed["source"] == "sqlite");
  CHECK(parsed["msg"] == "bad \xef\xbf\xbd byte second line");
}

TEST_CASE("log format names are text, logfmt and json only") {
  CHECK(kvm48::host::log_format_from_name("json") == LogFormat::json);
  CHECK(kvm48::host::log_format_from_name("logfmt") == LogFormat::logfmt);
  CHECK(kvm48::host::log_format_from_name("text") == LogFormat::text);
  CHECK_FALSE(kvm48::host::log_format_from_name("JSON"));
}
