#pragma once
// The Retry-After header (RFC 9110 section 10.2.3).

#include <chrono>
#include <optional>
#include <string_view>

namespace kvm48::host {

/// How long Retry-After asks to wait, given `now`: a number of seconds, or an
/// IMF-fixdate HTTP-date (a date in the past gives zero). nullopt otherwise.
std::optional<std::chrono::milliseconds> parse_retry_after(
    std::string_view value, std::chrono::system_clock::time_point now);

}  // namespace kvm48::host
