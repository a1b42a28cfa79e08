// Stream URL families by era, after UPSTREAM.md 4.6 (2024+ perform-vod form is composed).
#include <cstdio>

#include "civil_time.hpp"
#include "generator_parts.hpp"
#include "groups.hpp"
#include "ids.hpp"

namespace kvm48::sim {
namespace {

std::int64_t at(const char* text) {
  return parseShanghai(text);
}

// "2018-05-24-19:04:46"
std::string recordStamp(std::int64_t t) {
  const CivilTime c = epochToShanghai(t);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d-%02d:%02d:%02d", c.year, c.month, c.day,
                c.hour, c.minute, c.second);
  return buffer;
}

std::string window(std::int64_t begin, std::int64_t end) {
  return "?beginTime=" + formatCompactDateTime(begin) + "&endTime=" + formatCompactDateTime(end);
}

}  // namespace

bool isFakeFhdEra(std::int64_t startTime) {
  static const std::int64_t cutoff = at("2018-11-01");
  return startTime >= cutoff;
}

Streams streamsFor(const std::string& canon, int club, std::int64_t start, Rng& rng) {
  static const std::int64_t recordings = at("2016-12-01"), vod = at("2017-03-15"),
                            playlist = at("2017-11-15"), record = at("2018-05-20"),
                            ts48 = at("2018-11-28"), perform = at("2024-01-01");
  const GroupInfo group = *groupByClub(club);
  const std::string day = formatCompactDate(start);
  const std::int64_t recordStart = start - rng.between(600, 1200);
  const std::int64_t end = start + rng.between(9000, 12000);
  Streams s;
  auto three = [&](auto make) {
    s.sd = make("liuchang");
    s.hd = make("gaoqing");
    s.fhd = isFakeFhdEra(start) ? s.hd : make("chaoqing");
  };
  if (start < recordings) {
    s.sd = "http://ts.snh48.com/" + day + "/lc/" + canon + ".m3u8";
    s.hd = "http://ts.snh48.com/" + day + "/lg/" + canon + ".m3u8";
    s.fhd = "http://ts.snh48.com/" + day + "/" + canon + ".m3u8";
  } else if (start < vod) {
    three([&](const std::string& q) {
      return "http://ts.snh48.com/recordings/z1." + q + "." + group.channel + "/" + day + "/" +
             canon + ".m3u8";
    });
  } else if (start < playlist) {
    three([&](const std::string& q) {
      return "http://ts.snh48.com/vod/z1." + q + "." + group.channel + "/" + day + "/" + canon +
             ".mp4/playlist.m3u8";
    });
  } else if (start < record) {
    three([&](const std::string& q) {
      return "http://ts.snh48.com/" + q + "/" + group.channel + "/" +
             formatCompactDateTime(recordStart) + "-playlist.m3u8" + window(start, end);
    });
  } else if (start < ts48) {
    three([&](const std::string& q) {
      return "http://ts.snh48.com/record/" + formatDashDate(start) + "/" + q + "/" + group.channel +
             "/" + recordStamp(recordStart) + "_" + recordStamp(end + 60) + ".m3u8" +
             window(start, end);
    });
  } else if (start < kV6CutoverEpoch) {
    three([&](const std::string& q) {
      return "http://ts.48.cn/" + group.abbr + "/" + day + "/" + q + "/" + canon + ".m3u8";
    });
  } else if (start < perform) {
    three([&](const std::string& q) {
      return "http://cychengyuan-vod.48.cn/" + group.abbr + "/" + day + "/9999-" + q + "/" + canon +
             ".m3u8";
    });
  } else {
    three([&](const std::string& q) {
      return "https://perform-vod.48.cn/" + group.abbr + "/" + day + "/" + canon + "-" + q +
             ".m3u8";
    });
  }
  return s;
}

}  // namespace kvm48::sim
