#pragma once
// Process-wide logging through Poco: one event per line on stderr.

#include <string>

namespace kvm48::host {

/// Sends every Poco logger to stderr, one line per event, in `format` ("text",
/// "logfmt" or "json"; see line_formatter.hpp), e.g. as text
///   2026-11-27T21:30:00.123Z I plugins: loaded backend plugin sqlite 1.0.0 from ...
/// and sets the level of every logger (trace ... fatal, none). Call once at start,
/// before other threads run; calling again changes level and format. An unknown
/// format is taken as text (the configuration reader rejects it first).
void setup_logging(const std::string& level, const std::string& format = "text");

/// The Poco priority for a level name (as accepted in log.level); -1 if unknown.
int log_priority(const std::string& level);

}  // namespace kvm48::host
