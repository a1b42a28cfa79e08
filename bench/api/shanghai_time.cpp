#include "shanghai_time.hpp"

namespace kvm48::bench {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(int year, int month, int day) {
  const std::int64_t y = year - (month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// `value` in decimal, zero-padded to `width` digits (values here are never negative).
std::string padded(int value, std::size_t width) {
  std::string digits = std::to_string(value);
  return std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
}

}  // namespace

ShanghaiTime shanghai_time(std::int64_t epoch_seconds) {
  const std::int64_t local = epoch_seconds + kShanghaiOffset;
  std::int64_t days = local / 86400;
  std::int64_t rest = local % 86400;
  if (rest < 0) {
    rest += 86400;
    days -= 1;
  }
  // Inverse of days_from_civil.
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  ShanghaiTime t;
  t.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  t.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  t.year = static_cast<int>(yoe + era * 400 + (t.month <= 2 ? 1 : 0));
  t.hour = static_cast<int>(rest / 3600);
  t.minute = static_cast<int>(rest % 3600 / 60);
  t.second = static_cast<int>(rest % 60);
  return t;
}

std::int64_t shanghai_midnight(int year, int month, int day) {
  return days_from_civil(year, month, day) * 86400 - kShanghaiOffset;
}

std::string yyyymmdd(const ShanghaiTime& t) {
  return padded(t.year, 4) + padded(t.month, 2) + padded(t.day, 2);
}

std::string yyyy_mm_dd(const ShanghaiTime& t) {
  return padded(t.year, 4) + "-" + padded(t.month, 2) + "-" + padded(t.day, 2);
}

std::string yyyymmddhhmmss(const ShanghaiTime& t) {
  return yyyymmdd(t) + padded(t.hour, 2) + padded(t.minute, 2) + padded(t.second, 2);
}

std::string yyyy_mm_dd_hh_mm_ss(const ShanghaiTime& t) {
  return yyyy_mm_dd(t) + "-" + padded(t.hour, 2) + ":" + padded(t.minute, 2) + ":" +
         padded(t.second, 2);
}

}  // namespace kvm48::bench
