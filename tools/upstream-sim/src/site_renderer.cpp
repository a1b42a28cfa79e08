#include "site_renderer.hpp"

#include <algorithm>
#include <functional>

#include "civil_time.hpp"
#include "groups.hpp"

namespace kvm48::sim {
namespace {

const char* const kResourceBase = "https://source.48.cn";

std::string pageHead(const std::string& title) {
  return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width\">\n<title>" +
         htmlEscape(title) +
         "</title>\n<link rel=\"stylesheet\" href=\"/Public/css/style.css\">\n</head>\n<body>\n"
         "<div class=\"header\"><div class=\"h-wrap\"><a class=\"logo\" href=\"/\">SNH48 GROUP "
         "官方直播</a>\n<ul class=\"nav\"><li><a href=\"/Index/main/club/1\">SNH48</a></li>"
         "<li><a href=\"/Index/main/club/2\">BEJ48</a></li><li><a href=\"/Index/main/club/3\">"
         "GNZ48</a></li><li><a href=\"/Index/main/club/5\">CKG48</a></li><li><a "
         "href=\"/Index/main/club/6\">CGT48</a></li></ul></div></div>\n";
}

const char* const kPageFoot =
    "<div class=\"footer\"><p>Copyright &copy; SNH48 GROUP 上海丝芭文化传媒集团有限公司</p></div>\n"
    "<script src=\"/Public/js/jquery.min.js\"></script>\n</body></html>\n";

std::string vodHref(const PerfVod& v, const SiteSettings& settings) {
  return "/Index/" + settings.hrefSpelling + "/club/" + std::to_string(v.club) + "/id/" +
         std::to_string(*v.l4cId);
}

std::string listItem(const PerfVod& v, const SiteSettings& settings) {
  std::string dateLine = v.subtitle.empty() ? "" : v.subtitle + " ";
  dateLine += formatShanghaiDotDate(v.startTime);
  return "  <li class=\"videos\">\n   <a href=\"" + vodHref(v, settings) +
         "\" target=\"_blank\"><img src=\"" + kResourceBase + htmlEscape(v.coverPath) +
         "\" alt=\"\"></a>\n   <h4>" + htmlEscape(v.title) + "</h4>\n   <p>" +
         htmlEscape(dateLine) + "</p>\n  </li>\n";
}

std::string pager(const ListPageModel& m) {
  const std::string base = "/Index/main/club/" + std::to_string(m.club) + "/p/";
  std::string html = "<div class=\"page\"><div class=\"p-wrap\">\n <span class=\"p-num\">";
  if (m.page > 1)
    html += "<a class=\"prev\" href=\"" + base + std::to_string(m.page - 1) + ".html\">上一页</a>";
  for (int p = std::max(1, m.page - 3); p <= std::min(m.totalPages, m.page + 3); ++p) {
    html += p == m.page
                ? "<a class=\"curr\">" + std::to_string(p) + "</a>"
                : "<a href=\"" + base + std::to_string(p) + ".html\">" + std::to_string(p) + "</a>";
  }
  if (m.page < m.totalPages) {
    html += "<a class=\"next\" href=\"" + base + std::to_string(m.page + 1) + ".html\">下一页</a>";
  }
  return html + "</span>\n";
}

std::string liveBlock(const PerfVod& v) {
  return "<div class=\"watchcontent\"><div class=\"v-text\"><h2>" + htmlEscape(v.title) +
         "</h2>\n <a sid=\"" + v.canonId + "\" href=\"/Index/inlive/id/" + v.canonId +
         "\">观看</a></div></div>\n";
}

std::string input(const char* id, const std::string& value) {
  return "<input type=\"hidden\" id=\"" + std::string(id) + "\" value=\"" + htmlEscape(value) +
         "\">\n";
}

// An opaque per-VOD token standing in for the real site's #param.
std::string paramToken(const PerfVod& v) {
  const auto h = std::hash<std::string>{}(v.canonId + std::to_string(*v.l4cId));
  static const char digits[] = "0123456789abcdef";
  std::string token;
  for (int i = 0; i < 16; ++i) token += digits[(h >> (4 * i)) & 0xF];
  return token;
}

std::string streamInputs(const PerfVod& v, const ContentFaults& faults) {
  if (faults.noStream) return "";
  std::string html;
  if (!v.streams.fhd.empty()) html += input("chao_url", v.streams.fhd);
  if (!v.streams.hd.empty()) html += input("gao_url", v.streams.hd);
  if (!v.streams.sd.empty()) html += input("liuchang_url", v.streams.sd);
  return html;
}

std::string memberList(const PerfVod& v) {
  std::string html = "<div class=\"members\"><h3>本场成员</h3>\n<ul class=\"memberlist\">";
  for (const auto& name : v.performers) {
    html += "<li><img src=\"" + std::string(kResourceBase) + "/mediasource/avatar/default.jpg\">" +
            "<p class=\"listname\">" + htmlEscape(name) + "</p></li>";
  }
  return html + "</ul></div>\n";
}

}  // namespace

std::string htmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string renderListPage(const ListPageModel& m, const SiteSettings& settings,
                           const ContentFaults& faults) {
  const auto group = groupByClub(m.club);
  std::string html = pageHead((group ? group->name : "SNH48 Group") + " 官方直播 - 公演回放");
  if (m.liveNow) html += liveBlock(*m.liveNow);
  html += "<div class=\"videolist\"><h3 class=\"v-title\">公演回放</h3>\n <ul>\n";
  if (faults.malformed != "no-links") {
    for (const PerfVod* v : m.items) html += listItem(*v, settings);
  }
  html += " </ul></div>\n" + pager(m);
  if (faults.malformed != "no-pskip") {
    html += " <span class=\"p-skip\"><em>共<b>" + std::to_string(m.totalPages) +
            "</b>页&nbsp;&nbsp;到第</em><input class=\"input-txt\" type=\"text\" value=\"" +
            std::to_string(m.page) + "\"><em>页</em><a class=\"p-btn\">确定</a></span>\n";
  }
  return html + "</div></div>\n" + kPageFoot;
}

std::string renderVodPage(const PerfVod& v, const SiteSettings& settings,
                          const ContentFaults& faults) {
  std::string html = pageHead(v.title + " - 公演回放");
  std::string title2 = v.subtitle.empty() ? "" : htmlEscape(v.subtitle) + " ";
  // KVM48 matches .title2 without DOTALL: a newline inside breaks it (a malformed-page fault).
  title2 += faults.malformed == "title2-newline" ? "\n" : "";
  title2 += formatShanghai(v.startTime);
  html +=
      "<div class=\"v-wrap\"><div class=\"v-player\"><div id=\"video-box\"></div></div>\n"
      "<div class=\"titles\">\n <span class=\"title1\">" +
      htmlEscape(v.title) + "</span>\n <span class=\"title2\">" + title2 + "</span>\n</div>\n";
  if (faults.malformed != "no-vedio-id") html += input("vedio_id", v.canonId);
  html += input("club_id", std::to_string(v.club));
  html += input("param", paramToken(v));
  html += input("suid", std::to_string(*v.l4cId));
  html += streamInputs(v, faults);
  html += "</div>\n" + memberList(v) + kPageFoot;
  if (settings.padVodPagesTo > 0 &&
      html.size() < static_cast<std::size_t>(settings.padVodPagesTo)) {
    const std::size_t missing = static_cast<std::size_t>(settings.padVodPagesTo) - html.size();
    html.insert(html.size() - 15, "<!-- " + std::string(missing, '-') + " -->\n");
  }
  return html;
}

std::string renderLivePage(const PerfVod& v) {
  return pageHead(v.title + " - 直播") +
         "<div class=\"v-wrap\"><div class=\"v-player\"><div id=\"video-box\"></div></div>\n"
         "<div class=\"titles\">\n <span class=\"title1\">" +
         htmlEscape(v.title) + "</span>\n <span class=\"title2\">" + htmlEscape(v.subtitle) + " " +
         formatShanghai(v.startTime) + "</span>\n</div>\n" + input("vedio_id", v.canonId) +
         input("club_id", std::to_string(v.club)) + input("param", v.canonId.substr(0, 16)) +
         input("suid", v.canonId) + "</div>\n" + kPageFoot;
}

std::string renderErrorPage(const std::string& message) {
  return pageHead("提示信息") + "<div class=\"system-message\"><h1>:(</h1><p class=\"error\">" +
         htmlEscape(message) + "</p><p class=\"jump\">页面自动 <a href=\"/\">跳转</a></p></div>\n" +
         kPageFoot;
}

}  // namespace kvm48::sim
