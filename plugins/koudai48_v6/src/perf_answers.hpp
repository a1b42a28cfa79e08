#pragma once
// The performance answers: a getOpenLiveList page and a getOpenLiveOne detail
// (UPSTREAM.md 2.3, 2.4). Pure functions; throw WireError on a malformed answer.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include <kvm48/records.hpp>

namespace koudai48 {

/// One getOpenLiveList item, as a PerfVod without streams: id, group (the list's),
/// title, subtitle (subTitle when present and not empty), start_time (stime / 1000),
/// cover_url (coverPath resolved), teams (teamList, in order).
struct OpenLiveItem {
  std::int64_t stime_ms = 0;
  kvm48::PerfVod vod;
};

struct OpenLivePage {
  std::string next;  ///< content.next ("" when absent)
  std::vector<OpenLiveItem> items;
};

/// A getOpenLiveList content of `group`'s list.
OpenLivePage parse_open_live_page(const nlohmann::json& content, kvm48::Group group,
                                  std::string_view resource_base);

/// Sets vod's streams from a getOpenLiveOne content: playStreams[] by streamName,
/// 标清 -> sd_stream, 高清 -> hd_stream, 超清 -> fhd_stream (paths resolved; an
/// item without streamPath, or another name, is no stream). Returns false when
/// the VOD has no stream at all (e.g. playStreams: []).
bool apply_open_live_one(const nlohmann::json& content, std::string_view resource_base,
                         kvm48::PerfVod& vod);

}  // namespace koudai48
