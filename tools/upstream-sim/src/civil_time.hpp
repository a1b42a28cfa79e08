#pragma once
// Calendar arithmetic in Asia/Shanghai (a fixed +08:00: China has had no DST since 1991, so
// the offset is exact for every VOD). Pure functions, thread-safe.

#include <cstdint>
#include <string>

namespace kvm48::sim {

inline constexpr std::int64_t kShanghaiOffsetSeconds = 8 * 3600;

struct CivilTime {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

// Epoch seconds of a Shanghai wall-clock time.
std::int64_t shanghaiToEpoch(const CivilTime& t);
// Shanghai wall-clock time of an epoch second.
CivilTime epochToShanghai(std::int64_t epochSeconds);
// "YYYY-MM-DD HH:MM:SS" (what live.48.cn prints in .title2).
std::string formatShanghai(std::int64_t epochSeconds);
// "YYYY.MM.DD" (the date on list items).
std::string formatShanghaiDotDate(std::int64_t epochSeconds);
// "YYYYMMDD", "YYYY-MM-DD", "YYYYMMDDhhmmss" pieces used in stream URLs.
std::string formatCompactDate(std::int64_t epochSeconds);
std::string formatDashDate(std::int64_t epochSeconds);
std::string formatCompactDateTime(std::int64_t epochSeconds);
// Parses "YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DD" as Shanghai time; throws std::invalid_argument.
std::int64_t parseShanghai(const std::string& text);

}  // namespace kvm48::sim
