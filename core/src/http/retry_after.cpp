#include "http/retry_after.hpp"

#include <charconv>
#include <ctime>
#include <string>

namespace kvm48::host {
namespace {

/// Parses two or four digits at `text[at]`.
std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data() + at, text.data() + at + count, value);
  if (ec != std::errc() || end != text.data() + at + count) return std::nullopt;
  return value;
}

/// IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (the only form senders may
/// generate), as seconds since the epoch. Strict: Poco's parser accepts any word.
std::optional<std::time_t> parse_imf_fixdate(std::string_view text) {
  static constexpr std::string_view kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (text.size() != 29 || text.substr(3, 2) != ", " || text[7] != ' ' || text[11] != ' ' ||
      text[16] != ' ' || text[19] != ':' || text[22] != ':' || text.substr(25) != " GMT") {
    return std::nullopt;
  }
  bool day_ok = false;
  for (auto day : kDays) day_ok = day_ok || text.substr(0, 3) == day;
  int month = -1;
  for (int m = 0; m < 12; ++m) {
    if (text.substr(8, 3) == kMonths[m]) month = m;
  }
  const auto mday = digits(text, 5, 2), year = digits(text, 12, 4), hour = digits(text, 17, 2),
             minute = digits(text, 20, 2), second = digits(text, 23, 2);
  if (!day_ok || month < 0 || !mday || !year || !hour || !minute || !second) return std::nullopt;
  std::tm tm{};
  tm.tm_year = *year - 1900;
  tm.tm_mon = month;
  tm.tm_mday = *mday;
  tm.tm_hour = *hour;
  tm.tm_min = *minute;
  tm.tm_sec = *second;
  return timegm(&tm);
}

}  // namespace

std::optional<std::chrono::milliseconds> parse_retry_after(
    std::string_view value, std::chrono::system_clock::time_point now) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (value.empty()) return std::nullopt;
  if (value.front() >= '0' && value.front() <= '9') {
    long long seconds = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (ec != std::errc() || end != value.data() + value.size()) return std::nullopt;
    return std::chrono::seconds(seconds);
  }
  const auto date = parse_imf_fixdate(value);
  if (!date) return std::nullopt;
  const auto when = std::chrono::system_clock::from_time_t(*date);
  if (when <= now) return std::chrono::milliseconds(0);
  return std::chrono::duration_cast<std::chrono::milliseconds>(when - now);
}

}  // namespace kvm48::host
