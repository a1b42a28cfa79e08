#include "options.hpp"

#include <algorithm>
#include <charconv>

namespace live48 {

const kvm48::ConfigKey kOptionKeys[] = {
    {"base_url", kvm48::ConfigType::string, false, "https://live.48.cn",
     "site root (point it at kvm48-upstream-sim for tests and the demo)"},
    {"clubs", kvm48::ConfigType::string_list, false, "[1, 2, 3, 6]",
     "club ids crawled on every run (1 SNH48, 2 BEJ48, 3 GNZ48, 6 CGT48)"},
    {"legacy_clubs", kvm48::ConfigType::string_list, false, "[4, 5]",
     "club ids crawled only with --legacy (4 SHY48, 5 CKG48)"},
    {"archive_dir", kvm48::ConfigType::string, false, nullptr,
     "if set, every fetched VOD page is kept as {archive_dir}/{club}/{id}.html.gz"},
    {"headers", kvm48::ConfigType::string_map, false, nullptr,
     "extra HTTP request headers, e.g. {Cookie: ...}"},
};
const std::size_t kOptionKeyCount = sizeof(kOptionKeys) / sizeof(kOptionKeys[0]);

namespace {

std::vector<std::int64_t> read_clubs(const kvm48::ConfigView& config, const char* key) {
  std::vector<std::int64_t> clubs;
  for (const std::string& text : config.string_list(key).value_or(std::vector<std::string>{})) {
    std::int64_t club = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), club);
    if (error != std::errc{} || end != text.data() + text.size() ||
        !kvm48::group_from_club_id(club)) {
      throw kvm48::OptionError(key, "expected club ids 1 to 6, found '" + text + "'");
    }
    if (std::find(clubs.begin(), clubs.end(), club) != clubs.end()) {
      throw kvm48::OptionError(key, "club " + text + " is listed twice");
    }
    clubs.push_back(club);
  }
  return clubs;
}

}  // namespace

Live48Options read_options(const kvm48::ConfigView& config) {
  Live48Options options;
  options.base_url = config.string("base_url").value_or("https://live.48.cn");
  if (options.base_url.rfind("https://", 0) != 0 && options.base_url.rfind("http://", 0) != 0) {
    throw kvm48::OptionError("base_url",
                             "expected an http(s) URL, found '" + options.base_url + "'");
  }
  while (options.base_url.size() > 8 && options.base_url.back() == '/') options.base_url.pop_back();
  if (options.base_url.find('/', options.base_url.find("//") + 2) != std::string::npos) {
    throw kvm48::OptionError(
        "base_url", "expected a site root without a path, found '" + options.base_url + "'");
  }
  options.clubs = read_clubs(config, "clubs");
  options.legacy_clubs = read_clubs(config, "legacy_clubs");
  for (std::int64_t club : options.legacy_clubs) {
    if (std::find(options.clubs.begin(), options.clubs.end(), club) != options.clubs.end()) {
      throw kvm48::OptionError("legacy_clubs", "club " + std::to_string(club) +
                                                   " is also in clubs; list it in one of them");
    }
  }
  if (auto dir = config.string("archive_dir")) {
    if (dir->empty()) throw kvm48::OptionError("archive_dir", "must not be empty when given");
    options.archive_dir = *dir;
  }
  options.headers = config.string_map("headers").value_or(kvm48::HttpHeaders{});
  return options;
}

}  // namespace live48
