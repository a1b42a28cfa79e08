#include "options.hpp"

#include <algorithm>

namespace koudai48 {

namespace {

constexpr const char* kDefaultAppInfo =
    R"({"vendor":"apple","deviceId":"0","appVersion":"6.0.16","appBuild":"200701",)"
    R"("osVersion":"13.5.1","osType":"ios","deviceName":"iPhone","os":"ios"})";

}  // namespace

const kvm48::ConfigKey kOptionKeys[] = {
    {"api_base_url", kvm48::ConfigType::string, false, "https://pocketapi.48.cn",
     "root of the v6 API (point it at kvm48-upstream-sim for tests and the demo)"},
    {"resource_base_url", kvm48::ConfigType::string, false, "https://source.48.cn/",
     "what site-relative paths in answers (covers, VOD and danmaku files) resolve against"},
    {"kinds", kvm48::ConfigType::string_list, false, "[roster, perf_vods, member_vods]",
     "what a run crawls: roster (teams and members), perf_vods, member_vods"},
    {"groups", kvm48::ConfigType::string_list, false, "[SNH48, BEJ48, GNZ48, CGT48]",
     "groups whose performance and member VOD lists are crawled on every run"},
    {"legacy_groups", kvm48::ConfigType::string_list, false, "[SHY48, CKG48]",
     "groups whose lists are crawled only with --legacy"},
    {"app_info", kvm48::ConfigType::string, false, nullptr,
     "the appInfo request header (a JSON text; default: the 6.0.16 iOS app's); '' sends none"},
    {"user_agent", kvm48::ConfigType::string, false,
     "PocketFans201807/6.0.16 (iPhone; iOS 13.5.1; Scale/2.00)",
     "the User-Agent request header; '' sends the host's"},
    {"referer", kvm48::ConfigType::string, false, "https://h5.48.cn/",
     "the Referer request header (the API answers 403 without it); '' sends none"},
    {"origin", kvm48::ConfigType::string, false, "https://h5.48.cn",
     "the Origin request header; '' sends none"},
    {"headers", kvm48::ConfigType::string_map, false, nullptr,
     "more request headers, sent after (and so overriding) the ones above"},
};
const std::size_t kOptionKeyCount = sizeof(kOptionKeys) / sizeof(kOptionKeys[0]);

namespace {

bool is_http_url(const std::string& url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

std::string read_api_base(const kvm48::ConfigView& config) {
  std::string url = config.string("api_base_url").value_or("https://pocketapi.48.cn");
  if (!is_http_url(url)) {
    throw kvm48::OptionError("api_base_url", "expected an http(s) URL, found '" + url + "'");
  }
  while (url.size() > 8 && url.back() == '/') url.pop_back();
  if (url.find('/', url.find("//") + 2) != std::string::npos) {
    throw kvm48::OptionError("api_base_url",
                             "expected a site root without a path, found '" + url + "'");
  }
  return url;
}

std::string read_resource_base(const kvm48::ConfigView& config) {
  std::string url = config.string("resource_base_url").value_or("https://source.48.cn/");
  if (!is_http_url(url)) {
    throw kvm48::OptionError("resource_base_url", "expected an http(s) URL, found '" + url + "'");
  }
  // A bare host is its root directory, as a browser (and urljoin) reads it.
  if (url.find('/', url.find("//") + 2) == std::string::npos) url += '/';
  return url;
}

std::vector<Kind> read_kinds(const kvm48::ConfigView& config) {
  std::vector<Kind> kinds;
  for (const std::string& text : config.string_list("kinds").value_or(
           std::vector<std::string>{"roster", "perf_vods", "member_vods"})) {
    Kind kind{};
    if (text == "roster") {
      kind = Kind::roster;
    } else if (text == "perf_vods") {
      kind = Kind::perf_vods;
    } else if (text == "member_vods") {
      kind = Kind::member_vods;
    } else {
      throw kvm48::OptionError("kinds",
                               "expected roster, perf_vods or member_vods, found '" + text + "'");
    }
    if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) {
      throw kvm48::OptionError("kinds", "'" + text + "' is listed twice");
    }
    kinds.push_back(kind);
  }
  if (kinds.empty()) throw kvm48::OptionError("kinds", "must name at least one record kind");
  std::sort(kinds.begin(), kinds.end());  // the roster first, whatever the YAML order
  return kinds;
}

std::vector<kvm48::Group> read_groups(const kvm48::ConfigView& config, const char* key) {
  std::vector<kvm48::Group> groups;
  for (const std::string& text : config.string_list(key).value_or(std::vector<std::string>{})) {
    std::string upper = text;
    for (char& c : upper) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
    const auto group = kvm48::group_from_name(upper);
    if (!group) {
      throw kvm48::OptionError(
          key, "expected SNH48, BEJ48, GNZ48, SHY48, CKG48 or CGT48, found '" + text + "'");
    }
    if (std::find(groups.begin(), groups.end(), *group) != groups.end()) {
      throw kvm48::OptionError(key, "group " + text + " is listed twice");
    }
    groups.push_back(*group);
  }
  return groups;
}

void add_header(kvm48::HttpHeaders& headers, const char* name, const std::string& value) {
  if (!value.empty()) headers.emplace_back(name, value);
}

}  // namespace

V6Options read_options(const kvm48::ConfigView& config) {
  V6Options options;
  options.api_base_url = read_api_base(config);
  options.resource_base_url = read_resource_base(config);
  options.kinds = read_kinds(config);
  if (config.has("groups")) {
    options.groups = read_groups(config, "groups");
  } else {
    options.groups = {kvm48::Group::snh48, kvm48::Group::bej48, kvm48::Group::gnz48,
                      kvm48::Group::cgt48};
  }
  if (config.has("legacy_groups")) {
    options.legacy_groups = read_groups(config, "legacy_groups");
  } else {
    options.legacy_groups = {kvm48::Group::shy48, kvm48::Group::ckg48};
  }
  for (kvm48::Group group : options.legacy_groups) {
    if (std::find(options.groups.begin(), options.groups.end(), group) != options.groups.end()) {
      throw kvm48::OptionError("legacy_groups", std::string(kvm48::to_string(group)) +
                                                    " is also in groups; list it in one of them");
    }
  }
  add_header(options.headers, "appInfo", config.string("app_info").value_or(kDefaultAppInfo));
  add_header(options.headers, "User-Agent", config.string("user_agent").value_or(""));
  add_header(options.headers, "Referer", config.string("referer").value_or(""));
  add_header(options.headers, "Origin", config.string("origin").value_or(""));
  for (auto& [name, value] : config.string_map("headers").value_or(kvm48::HttpHeaders{})) {
    if (name.empty()) throw kvm48::OptionError("headers", "a header name is empty");
    // A later header of the same name replaces the earlier one.
    std::erase_if(options.headers,
                  [&](const auto& h) { return kvm48::find_header({h}, name).has_value(); });
    options.headers.emplace_back(name, value);
  }
  return options;
}

bool crawls(const V6Options& options, Kind kind) {
  return std::find(options.kinds.begin(), options.kinds.end(), kind) != options.kinds.end();
}

}  // namespace koudai48
