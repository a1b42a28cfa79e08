#include "settings.hpp"

#include <set>
#include <stdexcept>

namespace kvm48::sim {
namespace {

using nlohmann::json;

void rejectUnknown(const json& j, const std::set<std::string>& known, const std::string& where) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!known.count(it.key())) throw std::invalid_argument("unknown setting " + where + it.key());
  }
}

template <typename T>
void take(const json& j, const char* key, T& target, const std::string& where) {
  if (!j.contains(key)) return;
  try {
    target = j.at(key).get<T>();
  } catch (const json::exception&) {
    throw std::invalid_argument("setting " + where + key + " has the wrong type");
  }
}

void oneOf(const std::string& value, const std::set<std::string>& allowed, const std::string& key) {
  if (!allowed.count(value)) throw std::invalid_argument("setting " + key + ": bad value " + value);
}

}  // namespace

Settings settingsFromJson(const json& j, Settings s) {
  if (!j.is_object()) throw std::invalid_argument("settings must be a JSON object");
  rejectUnknown(j, {"site", "api"}, "");
  if (j.contains("site")) {
    const json& site = j.at("site");
    rejectUnknown(site, {"pageSize", "hrefSpelling", "unknownVod", "padVodPagesTo"}, "site.");
    take(site, "pageSize", s.site.pageSize, "site.");
    take(site, "hrefSpelling", s.site.hrefSpelling, "site.");
    take(site, "unknownVod", s.site.unknownVod, "site.");
    take(site, "padVodPagesTo", s.site.padVodPagesTo, "site.");
  }
  if (j.contains("api")) {
    const json& api = j.at("api");
    rejectUnknown(api,
                  {"pageSize", "openLiveCursor", "openLiveOverlap", "openLiveSubtitle",
                   "userIdIgnoredAtStart", "groupOverridesUser", "foreignItemsInUserPages",
                   "requiredHeaders"},
                  "api.");
    take(api, "pageSize", s.api.pageSize, "api.");
    take(api, "openLiveCursor", s.api.openLiveCursor, "api.");
    take(api, "openLiveOverlap", s.api.openLiveOverlap, "api.");
    take(api, "openLiveSubtitle", s.api.openLiveSubtitle, "api.");
    take(api, "userIdIgnoredAtStart", s.api.userIdIgnoredAtStart, "api.");
    take(api, "groupOverridesUser", s.api.groupOverridesUser, "api.");
    take(api, "foreignItemsInUserPages", s.api.foreignItemsInUserPages, "api.");
    take(api, "requiredHeaders", s.api.requiredHeaders, "api.");
  }
  oneOf(s.site.hrefSpelling, {"invedio", "invideo"}, "site.hrefSpelling");
  oneOf(s.site.unknownVod, {"404", "200"}, "site.unknownVod");
  oneOf(s.api.openLiveCursor, {"liveId", "stime"}, "api.openLiveCursor");
  if (s.site.pageSize < 1 || s.api.pageSize < 1) {
    throw std::invalid_argument("settings: pageSize must be at least 1");
  }
  if (s.api.openLiveOverlap < 0 || s.api.openLiveOverlap >= s.api.pageSize) {
    throw std::invalid_argument("settings: api.openLiveOverlap must be in [0, pageSize)");
  }
  if (s.site.padVodPagesTo < 0) throw std::invalid_argument("settings: padVodPagesTo < 0");
  return s;
}

json settingsToJson(const Settings& s) {
  return {{"site",
           {{"pageSize", s.site.pageSize},
            {"hrefSpelling", s.site.hrefSpelling},
            {"unknownVod", s.site.unknownVod},
            {"padVodPagesTo", s.site.padVodPagesTo}}},
          {"api",
           {{"pageSize", s.api.pageSize},
            {"openLiveCursor", s.api.openLiveCursor},
            {"openLiveOverlap", s.api.openLiveOverlap},
            {"openLiveSubtitle", s.api.openLiveSubtitle},
            {"userIdIgnoredAtStart", s.api.userIdIgnoredAtStart},
            {"groupOverridesUser", s.api.groupOverridesUser},
            {"foreignItemsInUserPages", s.api.foreignItemsInUserPages},
            {"requiredHeaders", s.api.requiredHeaders}}}};
}

}  // namespace kvm48::sim
