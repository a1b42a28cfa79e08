#pragma once
// live.48.cn prints wall-clock time in Asia/Shanghai, which has been UTC+08:00
// without daylight saving since 1991, so a fixed offset is exact for every VOD.

#include <cstdint>
#include <optional>
#include <string_view>

namespace live48 {

/// "YYYY-MM-DD HH:MM:SS" (exactly 19 characters, a valid date and time) read as
/// Asia/Shanghai time, in epoch seconds; nullopt for anything else.
std::optional<std::int64_t> parse_shanghai_time(std::string_view text);

}  // namespace live48
