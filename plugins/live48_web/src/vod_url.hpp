#pragma once
// VOD page URLs: resolving a list page's href and the original crawler's check.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <kvm48/records.hpp>

namespace live48 {

/// A VOD page found on a list page.
struct VodLink {
  kvm48::L4cPageRef page;  ///< club and id from the URL
  std::string url;         ///< absolute, as fetched
};

/// Resolves `href` against the site root `base_url` (no trailing slash) and checks
/// it as the original crawler did (`{site}/Index/invedio/club/N/id/M`, nothing
/// else). The later spelling `invideo` (the site's hrefs since about 2020, which
/// the original rejected as malformed) is accepted too. An absolute href must be
/// on the site itself. nullopt means a malformed VOD URL.
std::optional<VodLink> parse_vod_href(std::string_view base_url, std::string_view href);

/// `{base_url}/Index/main/club/{club}/p/{page}.html`
std::string list_page_url(std::string_view base_url, std::int64_t club, std::int64_t page);

}  // namespace live48
