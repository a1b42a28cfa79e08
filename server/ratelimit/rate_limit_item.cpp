#include "ratelimit/rate_limit_item.hpp"

#include <array>
#include <cctype>

namespace kvm48::ratelimit {
namespace {

struct UnitInfo {
  Granularity granularity;
  std::string_view name;
  std::int64_t seconds;
};

constexpr std::int64_t kDay = 24 * 60 * 60;
constexpr std::array<UnitInfo, 6> kUnits{{
    {Granularity::second, "second", 1},
    {Granularity::minute, "minute", 60},
    {Granularity::hour, "hour", 60 * 60},
    {Granularity::day, "day", kDay},
    {Granularity::month, "month", 30 * kDay},
    {Granularity::year, "year", 12 * 30 * kDay},
}};

const UnitInfo& info(Granularity granularity) noexcept {
  return kUnits[static_cast<std::size_t>(granularity)];
}

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  }
  return true;
}

}  // namespace

std::int64_t granularity_seconds(Granularity granularity) noexcept {
  return info(granularity).seconds;
}

std::string_view granularity_name(Granularity granularity) noexcept {
  return info(granularity).name;
}

std::optional<Granularity> granularity_from_name(std::string_view name) noexcept {
  for (const auto& unit : kUnits) {
    if (iequals(name, unit.name)) return unit.granularity;
  }
  // One plural "s", never more ("secondss" is not a unit).
  if (!name.empty() && (name.back() == 's' || name.back() == 'S')) {
    name.remove_suffix(1);
    for (const auto& unit : kUnits) {
      if (iequals(name, unit.name)) return unit.granularity;
    }
  }
  return std::nullopt;
}

std::int64_t RateLimitItem::window_seconds() const noexcept {
  return static_cast<std::int64_t>(multiples) * granularity_seconds(granularity);
}

std::string RateLimitItem::to_string() const {
  return std::to_string(amount) + " per " + std::to_string(multiples) + " " +
         std::string(granularity_name(granularity));
}

std::string RateLimitItem::key_part() const {
  return std::to_string(amount) + "/" + std::to_string(multiples) + "/" +
         std::string(granularity_name(granularity));
}

}  // namespace kvm48::ratelimit
