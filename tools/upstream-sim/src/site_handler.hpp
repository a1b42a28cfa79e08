#pragma once
// Answers live.48.cn GET requests from a snapshot (UPSTREAM.md 4.1-4.3). Thread-safe: reads
// only its arguments.
//
// Unknown club -> 404 page. A list page past the last -> 200 with no items and the page count
// (as live.snh48.com did). Unknown VOD id -> 404, or 200 with an error page without #vedio_id
// when settings.unknownVod == "200". The club in a VOD URL may be any of 1..6 (the id counter
// is global); other clubs are 404. /Index/inlive/id/{canon id} of an announced show is its
// live-now page without streams; any other id is 404.

#include <string>

#include "reply.hpp"
#include "settings.hpp"
#include "snapshot.hpp"

namespace kvm48::sim {

Reply serveSite(const std::string& route, const std::string& path, const Snapshot& snapshot,
                const SiteSettings& settings, const ContentFaults& faults);

}  // namespace kvm48::sim
