#pragma once
// One v6 API call (POST, JSON body) through the host's HTTP client (its retries,
// backoff, Retry-After, per-host limits) with the instance's headers.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include <kvm48/crawl.hpp>

#include "options.hpp"

namespace koudai48 {

/// The endpoints' paths under api_base_url.
inline constexpr std::string_view kOpenLiveList = "/live/api/v1/live/getOpenLiveList";
inline constexpr std::string_view kOpenLiveOne = "/live/api/v1/live/getOpenLiveOne";
inline constexpr std::string_view kLiveList = "/live/api/v1/live/getLiveList";
inline constexpr std::string_view kLiveOne = "/live/api/v1/live/getLiveOne";
inline constexpr std::string_view kGroupTeamStar = "/user/api/v1/client/update/group_team_star";

/// POSTs `body` to `path` and returns the envelope's content (a non-empty object).
/// `what` names the call in messages, e.g. "getOpenLiveList groupId 10 next 0".
/// Fails with:
///  - unavailable / cancelled / invalid_data as the host's client returned them;
///  - unavailable for a final HTTP status other than 200 (a 403 names the headers
///    the API wants), or a non-success envelope status (status and message named);
///  - not_found for envelope status 404 (an unknown id);
///  - invalid_data for a body that is not a JSON envelope, or an empty content.
/// Threads: any (the host's client is thread-safe).
kvm48::Status call_api(kvm48::CrawlContext& context, const V6Options& options,
                       std::string_view path, const std::string& what, const nlohmann::json& body,
                       nlohmann::json& content);

}  // namespace koudai48
