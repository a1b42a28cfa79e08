#include "list_page.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "html_document.hpp"

namespace live48 {
namespace {

/// N of the first "共N页" in `text` (the text of `.p-skip`, not HTML).
std::int64_t page_count(const std::string& text) {
  static const std::string kOpen = "共", kClose = "页";
  for (std::size_t at = text.find(kOpen); at != std::string::npos; at = text.find(kOpen, at + 1)) {
    const std::size_t begin = at + kOpen.size();
    std::size_t end = begin;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    if (end == begin || text.compare(end, kClose.size(), kClose) != 0) continue;
    std::int64_t count = 0;
    const auto [ptr, error] = std::from_chars(text.data() + begin, text.data() + end, count);
    if (error == std::errc{} && ptr == text.data() + end) return count;
  }
  throw std::runtime_error(".p-skip has no 共N页");
}

}  // namespace

ListPage parse_list_page(std::string_view html, const std::string& url, std::string_view base_url) {
  const HtmlDocument doc(html, url);
  ListPage page;
  const auto hrefs =
      doc.strings("//" + class_step("videolist") + "//" + class_step("videos") + "//a/@href");
  for (const std::string& href : hrefs) {
    auto link = parse_vod_href(base_url, href);
    if (!link) {
      page.rejected.push_back(href);
      continue;
    }
    const bool seen = std::any_of(page.links.begin(), page.links.end(),
                                  [&](const VodLink& l) { return l.page == link->page; });
    if (!seen) page.links.push_back(std::move(*link));
  }
  const auto pskip = doc.first("//" + class_step("p-skip"));
  if (!pskip) throw std::runtime_error("no .p-skip (page count)");
  page.total_pages = page_count(*pskip);
  return page;
}

}  // namespace live48
