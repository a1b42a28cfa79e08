#include "civil_time.hpp"

#include <cstdio>
#include <stdexcept>

namespace kvm48::sim {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& year, int& month, int& day) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
  month = static_cast<int>(m);
  day = static_cast<int>(d);
}

}  // namespace

std::int64_t shanghaiToEpoch(const CivilTime& t) {
  const std::int64_t days =
      daysFromCivil(t.year, static_cast<unsigned>(t.month), static_cast<unsigned>(t.day));
  return days * 86400 + t.hour * 3600 + t.minute * 60 + t.second - kShanghaiOffsetSeconds;
}

CivilTime epochToShanghai(std::int64_t epochSeconds) {
  const std::int64_t local = epochSeconds + kShanghaiOffsetSeconds;
  std::int64_t days = local / 86400;
  std::int64_t rest = local % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  CivilTime t;
  civilFromDays(days, t.year, t.month, t.day);
  t.hour = static_cast<int>(rest / 3600);
  t.minute = static_cast<int>(rest % 3600 / 60);
  t.second = static_cast<int>(rest % 60);
  return t;
}

std::string formatShanghai(std::int64_t s) {
  const CivilTime t = epochToShanghai(s);
  char b[32];
  std::snprintf(b, sizeof b, "%04d-%02d-%02d %02d:%02d:%02d", t.year, t.month, t.day, t.hour,
                t.minute, t.second);
  return b;
}

std::string formatShanghaiDotDate(std::int64_t s) {
  const CivilTime t = epochToShanghai(s);
  char b[32];
  std::snprintf(b, sizeof b, "%04d.%02d.%02d", t.year, t.month, t.day);
  return b;
}

std::string formatCompactDate(std::int64_t s) {
  const CivilTime t = epochToShanghai(s);
  char b[32];
  std::snprintf(b, sizeof b, "%04d%02d%02d", t.year, t.month, t.day);
  return b;
}

std::string formatDashDate(std::int64_t s) {
  const CivilTime t = epochToShanghai(s);
  char b[32];
  std::snprintf(b, sizeof b, "%04d-%02d-%02d", t.year, t.month, t.day);
  return b;
}

std::string formatCompactDateTime(std::int64_t s) {
  const CivilTime t = epochToShanghai(s);
  char b[32];
  std::snprintf(b, sizeof b, "%04d%02d%02d%02d%02d%02d", t.year, t.month, t.day, t.hour, t.minute,
                t.second);
  return b;
}

std::int64_t parseShanghai(const std::string& text) {
  CivilTime t;
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d %2d:%2d:%2d%n", &t.year, &t.month, &t.day, &t.hour,
                  &t.minute, &t.second, &consumed) == 6 &&
      static_cast<std::size_t>(consumed) == text.size()) {
    return shanghaiToEpoch(t);
  }
  t = CivilTime{};
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &t.year, &t.month, &t.day, &consumed) == 3 &&
      static_cast<std::size_t>(consumed) == text.size()) {
    return shanghaiToEpoch(t);
  }
  throw std::invalid_argument("not a date-time (want YYYY-MM-DD[ HH:MM:SS]): " + text);
}

}  // namespace kvm48::sim
