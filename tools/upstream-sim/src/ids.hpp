#pragma once
// The two canonical id kinds (UPSTREAM.md 1.3): 24-hex ObjectIds (v5 era, before 2019-04-15)
// and v6 snowflakes (18-19 decimal digits, epoch 2016-11-01 00:00 +08:00, low bits 1904640).
// Ids are strings everywhere; the snowflake is only ever built from a time, never parsed
// through a double. Pure functions, thread-safe.

#include <cstdint>
#include <string>

namespace kvm48::sim {

inline constexpr std::int64_t kSnowflakeEpochMs = 1477929600000;
inline constexpr std::int64_t kSnowflakeLowBits = 1904640;
// The v5 API answered 404 from this day on; canon ids minted later are snowflakes.
inline constexpr std::int64_t kV6CutoverEpoch = 1555257600;  // 2019-04-15 00:00 +08:00

// Snowflake id (decimal string) for a creation time in ms epoch.
std::string snowflakeFromMs(std::int64_t createdMs);
// Creation time encoded in a decimal snowflake; throws std::invalid_argument if not one.
std::int64_t msFromSnowflake(const std::string& id);
// 24-hex ObjectId: creation seconds, the machine/pid bytes seen upstream, a 3-byte counter.
std::string objectIdFrom(std::int64_t createdSeconds, std::uint32_t counter);

bool isObjectId(const std::string& id);
bool isSnowflake(const std::string& id);

}  // namespace kvm48::sim
