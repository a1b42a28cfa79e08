#pragma once
// A club's list page (`/Index/main/club/{club}/p/{page}.html`): the VOD links of
// `.videolist .videos a` and the page count of `.p-skip` (`共N页`).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vod_url.hpp"

namespace live48 {

struct ListPage {
  std::vector<VodLink> links;         ///< in page order (newest first), each page once
  std::vector<std::string> rejected;  ///< hrefs that failed the VOD URL check
  std::int64_t total_pages = 0;
};

/// Parses a list page. Throws std::runtime_error (the page is malformed) when
/// `.p-skip` or its `共N页` is missing; an empty link list is for the caller to
/// judge (the original: an error on page 1, the end of the list past the last page).
ListPage parse_list_page(std::string_view html, const std::string& url, std::string_view base_url);

}  // namespace live48
