#pragma once
// Rate limit strings, parsed exactly as Python `limits` (limits.util.parse_many) accepts
// them, which is what Flask-Limiter and so the original server's RATELIMIT accepted:
//
//   limits   := single ( [":"] separator single )*       separator := "," | ";" | "|"
//   single   := ws amount ws ( "/" | ws "per" ws ) ws [multiples] ws unit ["s"] ws
//   unit     := second | minute | hour | day | month | year      (case-insensitive)
//
// e.g. "10/second", "10 per second", "100/minute; 1000 per hour", "5/2 minutes".
// Quirks kept for compatibility: "per" may touch its neighbours ("10per2seconds"), a
// multiple of 0 means 1 (limits reads `multiples and int(multiples) or None`), and a
// ':' before a separator is tolerated (limits' pattern has "(:?" for "(?:").

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ratelimit/rate_limit_item.hpp"

namespace kvm48::ratelimit {

/// The limits of `text` in the order written, or an error message that quotes the string,
/// names the position and what was expected there. Never throws (except bad_alloc).
std::variant<std::vector<RateLimitItem>, std::string> parse_limits(std::string_view text);

}  // namespace kvm48::ratelimit
