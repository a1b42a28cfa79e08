#include "vod_page.hpp"

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

std::optional<std::string> input_value(const HtmlDocument& doc, const char* id) {
  auto value = doc.first(std::string("//input[@id='") + id + "']/@value");
  if (value && value->empty()) return std::nullopt;
  return value;
}

}  // namespace

VodPageResult parse_vod_page(std::string_view html, const VodLink& link) {
  const HtmlDocument doc(html, link.url);
  const auto canon_id = doc.first("//*[@id='vedio_id']/@value");
  if (!canon_id || strip(*canon_id).empty()) {
    return problem(VodPageProblem::malformed, link, "no #vedio_id value");
  }
  const auto title1 = doc.first("//" + class_step("title1"));
  if (!title1) return problem(VodPageProblem::malformed, link, "no .title1");
  const auto title2 = doc.first("//" + class_step("title2"));
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
  vod.sd_stream = input_value(doc, "liuchang_url");
  vod.hd_stream = input_value(doc, "gao_url");
  vod.fhd_stream = input_value(doc, "chao_url");
  if (!vod.sd_stream && !vod.hd_stream && !vod.fhd_stream) {
    return problem(VodPageProblem::no_stream, link, "no stream found");
  }
  return result;
}

}  // namespace live48
