#pragma once
// One rate limit: "amount hits per (multiples x granularity)", as Python `limits`
// models it (RateLimitItemPerSecond, ...). Value type.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kvm48::ratelimit {

enum class Granularity { second, minute, hour, day, month, year };

/// Length of one unit in seconds, as `limits` defines it (a month is 30 days, a year 12 months).
std::int64_t granularity_seconds(Granularity granularity) noexcept;
/// "second", "minute", ...
std::string_view granularity_name(Granularity granularity) noexcept;
/// Case-insensitive unit name, singular or plural ("Seconds"); nullopt when unknown.
std::optional<Granularity> granularity_from_name(std::string_view name) noexcept;

struct RateLimitItem {
  std::uint64_t amount = 1;     ///< hits allowed per window (0 denies every hit, as in `limits`)
  std::uint64_t multiples = 1;  ///< window length in units (>= 1)
  Granularity granularity = Granularity::second;

  /// Window length in seconds (multiples x unit length).
  [[nodiscard]] std::int64_t window_seconds() const noexcept;
  /// "10 per 2 minute": the same wording `limits` uses in str(item).
  [[nodiscard]] std::string to_string() const;
  /// "10/2/minute": the part of a storage key that identifies this limit.
  [[nodiscard]] std::string key_part() const;

  friend bool operator==(const RateLimitItem&, const RateLimitItem&) = default;
};

}  // namespace kvm48::ratelimit
