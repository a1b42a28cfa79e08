#pragma once
// Synthetic performance VODs for benchmarks: realistic sizes (Chinese titles,
// three stream URLs, snowflake ids), one every 15 minutes across six groups.

#include <cstdint>
#include <string>

#include "kvm48/records.hpp"

namespace kvm48::bench {

inline constexpr std::int64_t kFirstStart = 1475000000;
inline constexpr std::int64_t kSpacing = 900;

inline std::string synthetic_id(std::int64_t i) {
  return std::to_string(324479006245982208LL + (i << 22));
}

inline PerfVod synthetic_vod(std::int64_t i) {
  PerfVod v;
  v.id = synthetic_id(i);
  v.group = kAllGroups[static_cast<std::size_t>(i % 6)];
  v.l4c_club_id = club_id(v.group);
  v.l4c_id = i + 1;
  v.title = "《重生计划》剧场公演 第" + std::to_string(i) + "场";
  v.subtitle = "莫寒生日公演";
  v.start_time = kFirstStart + i * kSpacing;
  const std::string base = "http://cychengyuan-vod.48.cn/snh/20190421/9999-";
  v.sd_stream = base + "liuchang/" + v.id + ".m3u8";
  v.hd_stream = base + "gaoqing/" + v.id + ".m3u8";
  v.fhd_stream = v.hd_stream;
  if (i % 2 == 0) v.teams = {{1001, "TEAM SII"}};
  return v;
}

}  // namespace kvm48::bench
