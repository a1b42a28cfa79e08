#include "canonical_ids.hpp"

#include <cstdio>

namespace kvm48::bench {

std::string object_id(std::int64_t created_at, std::uint32_t counter) {
  char text[25];
  std::snprintf(text, sizeof text, "%08x0cf27e32%08x", static_cast<std::uint32_t>(created_at),
                counter);
  return text;
}

std::string snowflake_id(std::int64_t created_at_ms) {
  constexpr std::int64_t kEpochMs = 1477929600000;  // 2016-11-01 00:00 +08:00
  constexpr std::int64_t kUsualLowBits = 1904640;
  return std::to_string(((created_at_ms - kEpochMs) << 22) | kUsualLowBits);
}

}  // namespace kvm48::bench
