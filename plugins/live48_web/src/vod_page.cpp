#include "vod_page.hpp"

#include <algorithm>
#include <optional>

#include "html_document.hpp"
#include "shanghai_time.hpp"

namespace live48 {
namespace {

VodPageResult problem(VodPageProblem kind, const VodLink& link, const std::string& what) {
  VodPageResult result;
  result.problem = kind;
  result.message = link.url + ": " + what;
  return result;
}

/// What the page holds, from one XPath scan: the first element of each kind.
struct VodPageElements {
  std::optional<std::string> canon_id, title1, title2, sd, hd, fhd;
};

bool has_class(const std::optional<std::string>& classes, std::string_view wanted) {
  if (!classes) return false;
  std::string_view rest = *classes;
  while (!rest.empty()) {
    const auto start = rest.find_first_not_of(" \t\r\n\f");
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    const auto end = std::min(rest.find_first_of(" \t\r\n\f"), rest.size());
    if (rest.substr(0, end) == wanted) return true;
    rest.remove_prefix(end);
  }
  return false;
}

VodPageElements find_elements(const HtmlDocument& doc) {
  static const std::string kQuery =
      "//*[@id='vedio_id' or @id='liuchang_url' or @id='gao_url' or @id='chao_url'] | //" +
      class_step("title1") + " | //" + class_step("title2");
  VodPageElements found;
  const auto set_once = [](std::optional<std::string>& slot, std::optional<std::string> value) {
    if (!slot) slot = std::move(value);
  };
  const auto stream = [](const std::optional<std::string>& value) {
    return value && !value->empty() ? value : std::nullopt;  // an empty value is no stream
  };
  for (auto& element : doc.elements(kQuery, {"id", "class", "value"})) {
    const auto& id = element.attributes[0];
    const auto& value = element.attributes[2];
    if (id == "vedio_id") set_once(found.canon_id, value ? value : std::string());
    if (id == "liuchang_url" && !found.sd) found.sd = stream(value);
    if (id == "gao_url" && !found.hd) found.hd = stream(value);
    if (id == "chao_url" && !found.fhd) found.fhd = stream(value);
    if (has_class(element.attributes[1], "title1")) set_once(found.title1, element.text);
    if (has_class(element.attributes[1], "title2")) set_once(found.title2, element.text);
  }
  return found;
}

}  // namespace

VodPageResult parse_vod_page(std::string_view html, const VodLink& link) {
  const HtmlDocument doc(html, link.url);
  const VodPageElements page = find_elements(doc);
  const auto& canon_id = page.canon_id;
  if (!canon_id || strip(*canon_id).empty()) {
    return problem(VodPageProblem::malformed, link, "no #vedio_id value");
  }
  const auto& title1 = page.title1;
  if (!title1) return problem(VodPageProblem::malformed, link, "no .title1");
  const auto& title2 = page.title2;
  if (!title2) return problem(VodPageProblem::malformed, link, "no .title2");

  // The original matched ^(.*)(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})$ without
  // DOTALL on the stripped text: a newline anywhere in it fails the page.
  const std::string subtitle_line = strip(*title2);
  if (subtitle_line.find('\n') != std::string::npos || subtitle_line.size() < 19) {
    return problem(VodPageProblem::malformed, link,
                   ".title2 is not one line ending in YYYY-MM-DD HH:MM:SS");
  }
  const auto start_time =
      parse_shanghai_time(std::string_view(subtitle_line).substr(subtitle_line.size() - 19));
  if (!start_time) {
    return problem(VodPageProblem::malformed, link, ".title2 does not end in a valid date-time");
  }

  VodPageResult result;
  kvm48::PerfVod& vod = result.vod;
  vod.id = strip(*canon_id);
  if (!kvm48::is_valid_canonical_id(vod.id)) {
    return problem(VodPageProblem::malformed, link, "#vedio_id '" + vod.id + "' is not an id");
  }
  vod.group = *kvm48::group_from_club_id(link.page.club_id);
  vod.l4c_club_id = link.page.club_id;
  vod.l4c_id = link.page.l4c_id;
  vod.title = strip(*title1);
  vod.subtitle = strip(std::string_view(subtitle_line).substr(0, subtitle_line.size() - 19));
  vod.start_time = *start_time;
  vod.sd_stream = page.sd;
  vod.hd_stream = page.hd;
  vod.fhd_stream = page.fhd;
  if (!vod.sd_stream && !vod.hd_stream && !vod.fhd_stream) {
    return problem(VodPageProblem::no_stream, link, "no stream found");
  }
  return result;
}

}  // namespace live48
