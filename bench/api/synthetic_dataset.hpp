#pragma once
// A synthetic, deterministic archive of performance VODs shaped like the real
// one: start times spread evenly over a period at the usual show times, the
// groups that existed at each date, canonical ids by era (24-hex ObjectIds before
// the v5 app API died on 2019-04-15, 18-19 digit snowflakes after), live.48.cn
// club and index for most VODs (one counter across clubs, increasing with time),
// stream URLs in the shape of their era, and some missing subtitles and streams
// (never all three streams, so bestStream always has a value).

#include <cstdint>
#include <vector>

#include "kvm48/records.hpp"

namespace kvm48::bench {

struct DatasetSpec {
  std::size_t count = 60000;
  std::uint64_t seed = 48;
  std::int64_t from = 1388505600;  ///< 2014-01-01 00:00 Asia/Shanghai (inclusive)
  std::int64_t to = 1798732800;    ///< 2027-01-01 00:00 Asia/Shanghai (exclusive)
};

/// `spec.count` VODs ordered by start time; the same spec gives the same VODs.
std::vector<PerfVod> synthetic_dataset(const DatasetSpec& spec);

}  // namespace kvm48::bench
