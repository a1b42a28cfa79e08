#include "synthetic_dataset.hpp"

#include <algorithm>
#include <array>
#include <random>
#include <unordered_set>

#include "canonical_ids.hpp"
#include "shanghai_time.hpp"
#include "show_texts.hpp"
#include "stream_urls.hpp"

namespace kvm48::bench {
namespace {

// Usual show times, seconds after midnight Shanghai time.
constexpr std::array<std::int64_t, 7> kShowTimes = {
    13 * 3600 + 30 * 60, 14 * 3600, 16 * 3600 + 45 * 60, 18 * 3600 + 45 * 60, 19 * 3600,
    19 * 3600 + 30 * 60, 20 * 3600};

// The groups performing at a date (SNH48 weighted double: it has the most teams).
Group group_at(std::int64_t start, std::mt19937_64& random) {
  std::vector<Group> candidates = {Group::snh48, Group::snh48};
  if (start >= shanghai_midnight(2016, 1, 1)) {
    candidates.push_back(Group::bej48);
    candidates.push_back(Group::gnz48);
  }
  const bool sister_era =
      start >= shanghai_midnight(2017, 1, 1) && start < shanghai_midnight(2020, 1, 1);
  if (sister_era) candidates.push_back(Group::shy48);
  if (sister_era || start >= shanghai_midnight(2026, 1, 1)) candidates.push_back(Group::ckg48);
  if (start >= shanghai_midnight(2023, 1, 1)) candidates.push_back(Group::cgt48);
  return candidates[std::uniform_int_distribution<std::size_t>(0, candidates.size() - 1)(random)];
}

// Start times spread evenly over [spec.from, spec.to), each at a show time, sorted.
std::vector<std::int64_t> start_times(const DatasetSpec& spec, std::mt19937_64& random) {
  const auto days = static_cast<std::size_t>((spec.to - spec.from) / 86400);
  std::vector<std::int64_t> starts(spec.count);
  for (std::size_t i = 0; i < spec.count; ++i) {
    const auto day = static_cast<std::int64_t>(i * days / spec.count);
    starts[i] = spec.from + day * 86400 +
                kShowTimes[std::uniform_int_distribution<std::size_t>(0, 6)(random)];
  }
  std::sort(starts.begin(), starts.end());
  return starts;
}

// A canonical id of the VOD's era, created a few days before the show; unique.
std::string canonical_id(std::int64_t start, std::uint32_t counter, std::mt19937_64& random,
                         std::unordered_set<std::string>& taken) {
  std::int64_t created_ms =
      start * 1000 - std::uniform_int_distribution<std::int64_t>(3'600'000, 5 * 86'400'000)(random);
  if (created_ms / 1000 < kSnowflakeEra) return object_id(created_ms / 1000, counter);
  std::string id = snowflake_id(created_ms);
  while (!taken.insert(id).second) id = snowflake_id(++created_ms);
  return id;
}

// Leaves out some streams as upstream did: no FHD on 3% (pages missing
// #chao_url), no SD on 2%, only SD on 1%. Never all three.
void drop_some_streams(PerfVod& vod, std::mt19937_64& random) {
  const int roll = std::uniform_int_distribution<int>(0, 99)(random);
  if (roll < 3) {
    vod.fhd_stream.reset();
  } else if (roll < 5) {
    vod.sd_stream.reset();
  } else if (roll < 6) {
    vod.hd_stream.reset();
    vod.fhd_stream.reset();
  }
}

}  // namespace

std::vector<PerfVod> synthetic_dataset(const DatasetSpec& spec) {
  std::mt19937_64 random(spec.seed);
  const std::vector<std::int64_t> starts = start_times(spec, random);
  std::unordered_set<std::string> taken;
  std::vector<PerfVod> vods;
  vods.reserve(spec.count);
  std::int64_t next_l4c_id = 1;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    PerfVod vod;
    vod.start_time = starts[i];
    vod.group = group_at(vod.start_time, random);
    vod.id = canonical_id(vod.start_time, static_cast<std::uint32_t>(i), random, taken);
    // Only the app API knows 8% of the VODs of the snowflake era.
    const bool app_only =
        vod.start_time >= kSnowflakeEra && std::uniform_int_distribution<int>(0, 99)(random) < 8;
    if (!app_only) {
      vod.l4c_club_id = club_id(vod.group);
      vod.l4c_id = next_l4c_id++;
    }
    ShowTexts texts = show_texts(vod.group, random);
    vod.title = std::move(texts.title);
    vod.subtitle = std::move(texts.subtitle);
    const StreamUrls urls = stream_urls(vod.group, vod.id, vod.start_time);
    vod.sd_stream = urls.sd;
    vod.hd_stream = urls.hd;
    vod.fhd_stream = urls.fhd;
    drop_some_streams(vod, random);
    if (vod.start_time >= kSnowflakeEra) {
      vod.teams = std::move(texts.teams);
      vod.cover_url = "https://source.48.cn/mediasource/live/" + vod.id + ".jpg";
    }
    vods.push_back(std::move(vod));
  }
  return vods;
}

}  // namespace kvm48::bench
