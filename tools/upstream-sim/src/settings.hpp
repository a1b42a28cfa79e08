#pragma once
// Behaviour switches for upstream details UPSTREAM.md is unsure about (section 7 and "Gaps").
// Plain value; the server keeps one copy behind a mutex and hands out copies per request.
// settingsFromJson merges the given keys over `base` and throws std::invalid_argument naming a
// bad or unknown key.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kvm48::sim {

struct SiteSettings {
  int pageSize = 15;
  std::string hrefSpelling = "invedio";  // or "invideo" (list hrefs after ~2020)
  std::string unknownVod = "404";        // "404", or "200": an error page without #vedio_id
  int padVodPagesTo = 0;                 // bytes; 36000 satisfies StagesVODList's length check
};

struct ApiSettings {
  int pageSize = 20;
  std::string openLiveCursor = "liveId";  // or "stime" (the 2026 reading of `next`)
  int openLiveOverlap = 1;           // items getOpenLiveList repeats at the top of the next page
  bool openLiveSubtitle = false;     // subTitle absent in April 2019, present 2023+
  bool userIdIgnoredAtStart = true;  // getLiveList ignores userId when next == 0
  bool groupOverridesUser = true;    // getLiveList with groupId and userId returns the group
  bool foreignItemsInUserPages = false;  // userId pages are unfiltered windows of the full list
  std::vector<std::string> requiredHeaders = {"appInfo", "Referer"};  // else HTTP 403
};

struct Settings {
  SiteSettings site;
  ApiSettings api;
};

Settings settingsFromJson(const nlohmann::json& j, Settings base);
nlohmann::json settingsToJson(const Settings& s);

}  // namespace kvm48::sim
