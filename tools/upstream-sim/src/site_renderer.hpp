#pragma once
// HTML of live.48.cn pages (UPSTREAM.md 4.2, 4.3, 4.5): list pages with `.videolist .videos a`
// and `.p-skip` "共N页", VOD pages with #vedio_id, .title1, .title2 and the stream inputs.
// Pure functions of their arguments; thread-safe.

#include <string>
#include <vector>

#include "dataset.hpp"
#include "reply.hpp"
#include "settings.hpp"

namespace kvm48::sim {

struct ListPageModel {
  int club = 1;
  int page = 1;
  int totalPages = 1;
  std::vector<const PerfVod*> items;  // newest first
  const PerfVod* liveNow = nullptr;   // the current-live block on the club index (optional)
};

std::string renderListPage(const ListPageModel& model, const SiteSettings& settings,
                           const ContentFaults& faults);
std::string renderVodPage(const PerfVod& vod, const SiteSettings& settings,
                          const ContentFaults& faults);
// The live-now page of an announced show (UPSTREAM.md 4.4): titles and #vedio_id, and no
// #*_url input, which is how the site says "not live now".
std::string renderLivePage(const PerfVod& vod);
// The page shown for an unknown VOD id or club (no #vedio_id on it).
std::string renderErrorPage(const std::string& message);

std::string htmlEscape(const std::string& text);

}  // namespace kvm48::sim
