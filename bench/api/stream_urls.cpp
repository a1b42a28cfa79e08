#include "stream_urls.hpp"

#include <array>

#include "shanghai_time.hpp"

namespace kvm48::bench {
namespace {

// Upstream's quality names: 超清 (FHD), 高清 (HD), 普清/流畅 (SD).
constexpr std::array<const char*, 3> kQualities = {"liuchang", "gaoqing", "chaoqing"};

const char* group_path(Group group) {
  switch (group) {
    case Group::snh48: return "snh";
    case Group::bej48: return "bej";
    case Group::gnz48: return "gnz";
    case Group::shy48: return "shy";
    case Group::ckg48: return "ckg";
    case Group::cgt48: return "cgt";
  }
  return "snh";
}

// 9999 is SNH48 and 3001 GNZ48 (UPSTREAM.md); which of 6001/8001 is which group
// is not known, so BEJ48 gets 6001 and the rest 8001.
const char* channel(Group group) {
  switch (group) {
    case Group::snh48: return "9999";
    case Group::gnz48: return "3001";
    case Group::bej48: return "6001";
    default: return "8001";
  }
}

std::int64_t at(int year, int month, int day) {
  return shanghai_midnight(year, month, day);
}

// URL of one quality (0 SD, 1 HD, 2 FHD) in the family of the VOD's date.
std::string url(int quality, Group group, const std::string& id, std::int64_t start) {
  const ShanghaiTime t = shanghai_time(start);
  const std::string q = kQualities[static_cast<std::size_t>(quality)];
  const std::string ch = channel(group);
  if (start < at(2016, 12, 1)) {
    const char* short_q[] = {"lc/", "lg/", ""};
    return "http://ts.snh48.com/" + yyyymmdd(t) + "/" + short_q[quality] + id + ".m3u8";
  }
  if (start < at(2017, 3, 1)) {
    return "http://ts.snh48.com/recordings/z1." + q + "." + ch + "/" + yyyymmdd(t) + "/" + id +
           ".m3u8";
  }
  if (start < at(2017, 11, 1)) {
    return "http://ts.snh48.com/vod/z1." + q + "." + ch + "/" + yyyymmdd(t) + "/" + id +
           ".mp4/playlist.m3u8";
  }
  const std::string window = "?beginTime=" + yyyymmddhhmmss(t) +
                             "&endTime=" + yyyymmddhhmmss(shanghai_time(start + 3 * 3600));
  if (start < at(2018, 5, 1)) {
    return "http://ts.snh48.com/" + q + "/" + ch + "/" + yyyymmddhhmmss(t) + "-playlist.m3u8" +
           window;
  }
  if (start < at(2018, 11, 28)) {
    return "http://ts.snh48.com/record/" + yyyy_mm_dd(t) + "/" + q + "/" + ch + "/" +
           yyyy_mm_dd_hh_mm_ss(shanghai_time(start - 900)) + "_" +
           yyyy_mm_dd_hh_mm_ss(shanghai_time(start + 3 * 3600 + 1200)) + ".m3u8" + window;
  }
  if (start < at(2019, 4, 15)) {
    return "https://ts.48.cn/" + std::string(group_path(group)) + "/" + yyyymmdd(t) + "/" + q +
           "/" + id + ".m3u8";
  }
  if (start < at(2026, 1, 1)) {
    return "http://cychengyuan-vod.48.cn/" + std::string(group_path(group)) + "/" + yyyymmdd(t) +
           "/9999-" + q + "/" + id + ".m3u8";
  }
  return "https://perform-vod.48.cn/" + std::string(group_path(group)) + "/" + yyyymmdd(t) + "/" +
         q + "/" + id + ".m3u8";
}

}  // namespace

StreamUrls stream_urls(Group group, const std::string& id, std::int64_t start_time) {
  StreamUrls urls{url(0, group, id, start_time), url(1, group, id, start_time),
                  url(2, group, id, start_time)};
  if (start_time >= at(2018, 11, 1)) urls.fhd = urls.hd;
  return urls;
}

}  // namespace kvm48::bench
