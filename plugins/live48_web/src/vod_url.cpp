#include "vod_url.hpp"

#include <charconv>

namespace live48 {
namespace {

/// A positive decimal number filling all of `text` (no sign, no leading zero).
std::optional<std::int64_t> whole_number(std::string_view text) {
  if (text.empty() || text.front() == '0') return std::nullopt;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool consume(std::string_view& text, std::string_view prefix) {
  if (text.substr(0, prefix.size()) != prefix) return false;
  text.remove_prefix(prefix.size());
  return true;
}

}  // namespace

std::optional<VodLink> parse_vod_href(std::string_view base_url, std::string_view href) {
  std::string_view path = href;
  if (path.substr(0, 1) != "/" || path.substr(0, 2) == "//") {
    if (!consume(path, base_url)) return std::nullopt;  // another site, or a relative path
  }
  const std::string_view site_path = path;
  if (!consume(path, "/Index/invedio/club/") && !consume(path, "/Index/invideo/club/")) {
    return std::nullopt;
  }
  const auto slash = path.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto club = whole_number(path.substr(0, slash));
  path.remove_prefix(slash);
  if (!club || !consume(path, "/id/")) return std::nullopt;
  const auto id = whole_number(path);
  if (!id || !kvm48::group_from_club_id(*club)) return std::nullopt;
  return VodLink{{*club, *id}, std::string(base_url) + std::string(site_path)};
}

std::string list_page_url(std::string_view base_url, std::int64_t club, std::int64_t page) {
  return std::string(base_url) + "/Index/main/club/" + std::to_string(club) + "/p/" +
         std::to_string(page) + ".html";
}

}  // namespace live48
