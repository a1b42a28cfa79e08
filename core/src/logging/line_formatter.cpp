#include "logging/line_formatter.hpp"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Message.h>
#include <nlohmann/json.hpp>

namespace kvm48::host {
namespace {

/// Single-letter priority of the text form (as Poco's %q).
char priority_letter(Poco::Message::Priority priority) {
  static constexpr char kLetters[] = " FCEWNIDT";
  const auto index = static_cast<std::size_t>(priority);
  return index < sizeof kLetters - 1 ? kLetters[index] : '?';
}

std::string_view level_name(Poco::Message::Priority priority) {
  switch (priority) {
    case Poco::Message::PRIO_FATAL: return "fatal";
    case Poco::Message::PRIO_CRITICAL: return "critical";
    case Poco::Message::PRIO_ERROR: return "error";
    case Poco::Message::PRIO_WARNING: return "warning";
    case Poco::Message::PRIO_NOTICE: return "notice";
    case Poco::Message::PRIO_INFORMATION: return "info";
    case Poco::Message::PRIO_DEBUG: return "debug";
    case Poco::Message::PRIO_TRACE: return "trace";
  }
  return "unknown";
}

std::string timestamp(const Poco::Message& message) {
  return Poco::DateTimeFormatter::format(message.getTime(), "%Y-%m-%dT%H:%M:%S.%iZ");
}

/// The fields of one event. Loggers are named "<component>" or "<component>.<instance>"
/// ("server", "source.live48", "backend.sqlite").
struct Fields {
  std::string time;
  std::string_view level;
  std::string component;
  std::string source;
  std::string run;
  std::string message;
};

Fields fields_of(const Poco::Message& message) {
  Fields f;
  f.time = timestamp(message);
  f.level = level_name(message.getPriority());
  const std::string& name = message.getSource();
  const auto dot = name.find('.');
  f.component = name.substr(0, dot);
  if (dot != std::string::npos) f.source = name.substr(dot + 1);
  if (message.has(kRunIdParameter)) f.run = message.get(kRunIdParameter);
  f.message = message.getText();
  for (char& c : f.message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return f;
}

/// A logfmt value: bare when it needs no quoting, else "..." with \" \\ escaped.
void append_logfmt(std::string& out, std::string_view key, std::string_view value) {
  if (!out.empty()) out += ' ';
  out += key;
  out += '=';
  const bool bare = !value.empty() && value.find_first_of(" =\"\\\t") == std::string_view::npos;
  if (bare) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\t') {
      out += "\\t";
      continue;
    }
    out += c;
  }
  out += '"';
}

}  // namespace

std::optional<LogFormat> log_format_from_name(std::string_view name) {
  if (name == "text") return LogFormat::text;
  if (name == "logfmt") return LogFormat::logfmt;
  if (name == "json") return LogFormat::json;
  return std::nullopt;
}

void LineFormatter::format(const Poco::Message& message, std::string& text) {
  const Fields f = fields_of(message);
  switch (format_) {
    case LogFormat::text:
      text += f.time;
      text += ' ';
      text += priority_letter(message.getPriority());
      text += ' ';
      text += message.getSource();
      text += ": ";
      if (!f.run.empty()) text += "run " + f.run + ": ";
      text += f.message;
      return;
    case LogFormat::logfmt: {
      std::string line;
      append_logfmt(line, "time", f.time);
      append_logfmt(line, "level", f.level);
      append_logfmt(line, "component", f.component);
      if (!f.source.empty()) append_logfmt(line, "source", f.source);
      if (!f.run.empty()) append_logfmt(line, "run", f.run);
      append_logfmt(line, "msg", f.message);
      text += line;
      return;
    }
    case LogFormat::json: {
      nlohmann::ordered_json line;
      line["time"] = f.time;
      line["level"] = f.level;
      line["component"] = f.component;
      if (!f.source.empty()) line["source"] = f.source;
      if (!f.run.empty()) line["run"] = f.run;
      line["msg"] = f.message;
      // Invalid UTF-8 from a plugin's message becomes U+FFFD instead of a broken line.
      text += line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
      return;
    }
  }
}

}  // namespace kvm48::host
