#pragma once
// Canonical VOD ids as upstream minted them (UPSTREAM.md 1.3), for synthetic data.

#include <cstdint>
#include <string>

namespace kvm48::bench {

/// The v5 app API's 24-hex ObjectId: creation time (epoch seconds) in the first
/// 4 bytes, then a fixed machine/process part and `counter`.
std::string object_id(std::int64_t created_at, std::uint32_t counter);

/// The v6 app API's snowflake: (ms since 2016-11-01 00:00 +08:00) << 22, low bits
/// mostly 1904640: 18 digits until mid-2024, 19 after.
std::string snowflake_id(std::int64_t created_at_ms);

/// VODs created before this (2019-04-15 00:00 +08:00, when v5 died) have ObjectIds.
inline constexpr std::int64_t kSnowflakeEra = 1555257600;

}  // namespace kvm48::bench
