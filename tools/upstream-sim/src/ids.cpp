#include "ids.hpp"

#include <cstdio>
#include <stdexcept>

namespace kvm48::sim {

std::string snowflakeFromMs(std::int64_t createdMs) {
  const auto offset = static_cast<std::uint64_t>(createdMs - kSnowflakeEpochMs);
  return std::to_string((offset << 22) | static_cast<std::uint64_t>(kSnowflakeLowBits));
}

std::int64_t msFromSnowflake(const std::string& id) {
  if (!isSnowflake(id)) throw std::invalid_argument("not a snowflake id: " + id);
  const std::uint64_t value = std::stoull(id);
  return static_cast<std::int64_t>(value >> 22) + kSnowflakeEpochMs;
}

std::string objectIdFrom(std::int64_t createdSeconds, std::uint32_t counter) {
  char buffer[25];
  // 0cf27e32 08 is the machine/pid prefix of the real ids (e.g. 5bd81e5a0cf27e320898288b).
  std::snprintf(buffer, sizeof buffer, "%08x0cf27e3208%06x",
                static_cast<std::uint32_t>(createdSeconds), counter & 0xFFFFFFu);
  return buffer;
}

bool isObjectId(const std::string& id) {
  if (id.size() != 24) return false;
  for (const char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

bool isSnowflake(const std::string& id) {
  if (id.size() < 18 || id.size() > 19) return false;
  for (const char c : id) {
    if (c < '0' || c > '9') return false;
  }
  return id.size() == 18 || id <= "9223372036854775807";
}

}  // namespace kvm48::sim
