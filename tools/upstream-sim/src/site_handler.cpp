#include "site_handler.hpp"

#include <algorithm>
#include <regex>

#include "groups.hpp"
#include "site_renderer.hpp"

namespace kvm48::sim {
namespace {

// A captured run of digits; -1 when too long to be a real club, page or id.
int toInt(const std::string& digits) {
  if (digits.size() > 9) return -1;
  return std::stoi(digits);
}

Reply notFound(const char* message) {
  return htmlReply(404, renderErrorPage(message));
}

Reply listPage(int club, int page, bool isIndex, const Snapshot& snapshot,
               const SiteSettings& settings, const ContentFaults& faults) {
  if (!groupByClub(club)) return notFound("俱乐部不存在");
  if (page < 1) return notFound("页面不存在");
  const auto& all = snapshot.siteVodsOfClub(club);
  const auto size = static_cast<std::size_t>(settings.pageSize);
  ListPageModel model;
  model.club = club;
  model.page = page;
  model.totalPages = std::max(1, static_cast<int>((all.size() + size - 1) / size));
  // A duplicates fault prepends the previous page's last items (nothing is skipped).
  const std::size_t nominal = static_cast<std::size_t>(page - 1) * size;
  const std::size_t shift = page > 1 ? static_cast<std::size_t>(faults.duplicateItems) : 0;
  const std::size_t begin = nominal - std::min(nominal, shift);
  for (std::size_t i = begin; i < all.size() && i < nominal + size; ++i) {
    model.items.push_back(all[i]);
  }
  if (isIndex) {
    for (const PerfVod* v : snapshot.apiPerfVods(false)) {
      if (v->club == club) model.liveNow = v;  // the soonest announced show of the club
    }
  }
  return htmlReply(200, renderListPage(model, settings, faults));
}

Reply vodPage(int club, int id, const Snapshot& snapshot, const SiteSettings& settings,
              const ContentFaults& faults) {
  const PerfVod* vod = groupByClub(club) ? snapshot.siteVodById(id) : nullptr;
  if (!vod) {
    const int status = settings.unknownVod == "200" ? 200 : 404;
    return htmlReply(status, renderErrorPage("视频不存在或已被删除"));
  }
  return htmlReply(200, renderVodPage(*vod, settings, faults));
}

}  // namespace

Reply serveSite(const std::string& route, const std::string& path, const Snapshot& snapshot,
                const SiteSettings& settings, const ContentFaults& faults) {
  static const std::regex index(R"(^/Index/main/club/(\d+)/?$)");
  static const std::regex list(R"(^/Index/main/club/(\d+)/p/(\d+)\.html$)");
  static const std::regex vod(R"(^/Index/inv(?:edio|ideo)/club/(\d+)/id/(\d+)$)");
  std::smatch m;
  if (route == "site.index" && std::regex_match(path, m, index)) {
    return listPage(toInt(m[1]), 1, true, snapshot, settings, faults);
  }
  if (route == "site.list" && std::regex_match(path, m, list)) {
    return listPage(toInt(m[1]), toInt(m[2]), false, snapshot, settings, faults);
  }
  if (route == "site.vod" && std::regex_match(path, m, vod)) {
    return vodPage(toInt(m[1]), toInt(m[2]), snapshot, settings, faults);
  }
  if (route == "site.live") {
    const std::string id = path.substr(path.rfind('/') + 1);
    const PerfVod* show = snapshot.apiPerfVodById(id);
    if (!show || !show->upcoming) return notFound("直播不存在");
    return htmlReply(200, renderLivePage(*show));
  }
  if (path == "/" || path == "/Index/index") {
    return listPage(1, 1, true, snapshot, settings, faults);
  }
  return notFound("页面不存在");
}

}  // namespace kvm48::sim
