#pragma once
// Stream URLs of a synthetic performance VOD in the shape upstream used at its
// date (/work/shared/UPSTREAM.md 4.6, "Stream URL families"): ts.snh48.com forms
// until 2018-11, ts.48.cn until April 2019, cychengyuan-vod.48.cn after, and a
// perform-vod.48.cn form in 2026 (its path is a guess). FHD is the HD URL from
// November 2018 on ("fake FHD").

#include <cstdint>
#include <string>

#include "kvm48/records.hpp"

namespace kvm48::bench {

struct StreamUrls {
  std::string sd, hd, fhd;
};

/// The three URLs of a VOD of `group` with canonical id `id` starting at
/// `start_time` (epoch seconds).
StreamUrls stream_urls(Group group, const std::string& id, std::int64_t start_time);

}  // namespace kvm48::bench
