#pragma once
// A VOD page (`/Index/invedio/club/{club}/id/{id}`): what the original crawler
// read from it (UPSTREAM.md 4.3), as a PerfVod.

#include <string>
#include <string_view>

#include <kvm48/records.hpp>

#include "vod_url.hpp"

namespace live48 {

/// Why a VOD page cannot become a record.
enum class VodPageProblem { none, malformed, no_stream };

struct VodPageResult {
  kvm48::PerfVod vod;  ///< valid when problem == none
  VodPageProblem problem = VodPageProblem::none;
  std::string message;  ///< one line when problem != none
};

/// Parses a VOD page: `#vedio_id` value (the canonical id, opaque text),
/// `.title1` (stripped), `.title2` = subtitle + `YYYY-MM-DD HH:MM:SS` on one line
/// (Asia/Shanghai -> epoch seconds; the subtitle stripped, possibly empty),
/// `#liuchang_url` / `#gao_url` / `#chao_url` values -> sd / hd / fhd (an absent
/// input or an empty value is no stream). No stream at all is `no_stream`; a
/// missing or unreadable element is `malformed`. The group and l4c pair come from
/// the link (the club of the URL, as the original stored it).
VodPageResult parse_vod_page(std::string_view html, const VodLink& link);

}  // namespace live48
