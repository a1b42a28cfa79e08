#pragma once
// Asia/Shanghai wall-clock fields of an epoch time (UTC+8, no DST since 1991: a
// fixed offset is exact for every VOD), and the text forms upstream URLs use.

#include <cstdint>
#include <string>

namespace kvm48::bench {

inline constexpr std::int64_t kShanghaiOffset = 8 * 3600;

struct ShanghaiTime {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

ShanghaiTime shanghai_time(std::int64_t epoch_seconds);

/// Epoch seconds of a Shanghai wall-clock date at 00:00.
std::int64_t shanghai_midnight(int year, int month, int day);

std::string yyyymmdd(const ShanghaiTime& t);             ///< 20190421
std::string yyyy_mm_dd(const ShanghaiTime& t);           ///< 2019-04-21
std::string yyyymmddhhmmss(const ShanghaiTime& t);       ///< 20190421134500
std::string yyyy_mm_dd_hh_mm_ss(const ShanghaiTime& t);  ///< 2019-04-21-13:45:00

}  // namespace kvm48::bench
