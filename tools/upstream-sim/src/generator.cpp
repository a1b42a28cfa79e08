// Lays out the live.48.cn id timeline, pins the known rows, and fills in the rest.
#include "generator.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "civil_time.hpp"
#include "generator_parts.hpp"
#include "ids.hpp"

namespace kvm48::sim {
namespace {

constexpr int kMinIdSpace = 3000;  // ids up to here always span 2014 -> 2019-04 -> later
// Duplicate pages: (first id, second id) sharing one canon id and start time.
const std::vector<std::pair<int, int>> kDuplicatePairs = {
    {2580, 2592}, {2392, 2574}, {2584, 2609}, {2590, 2624}, {2591, 2625}};

std::int64_t at(const char* text) {
  return parseShanghai(text);
}

// Day (Shanghai midnight-ish epoch) of l4c id `id` on a piecewise linear timeline whose anchors
// put the fixture ids at 2019-04-21 and id 1740 at the start of November 2018.
std::int64_t dayOfId(int id, int idSpace) {
  const std::vector<std::pair<int, std::int64_t>> anchors = {{1, at("2014-01-04")},
                                                             {1740, at("2018-11-01")},
                                                             {2771, at("2019-04-20")},
                                                             {2778, at("2019-04-22")},
                                                             {idSpace, at("2026-11-15")}};
  for (std::size_t i = 1; i < anchors.size(); ++i) {
    const auto [id0, t0] = anchors[i - 1];
    const auto [id1, t1] = anchors[i];
    if (id <= id1) {
      const std::int64_t span = std::max(1, id1 - id0);
      const std::int64_t t = t0 + (t1 - t0) * (id - id0) / span;
      return t - (t + kShanghaiOffsetSeconds) % 86400;
    }
  }
  return anchors.back().second;
}

std::set<int> pinnedIds() {
  std::set<int> ids = {2772, 2773, 2774, 2775, 2776, 2777, 1750, 2451};
  for (const auto& [a, b] : kDuplicatePairs) ids.insert({a, b});
  for (const int id : idsWithoutFhd()) ids.insert(id);
  return ids;
}

std::vector<int> presentIds(int perfVods, Rng& rng) {
  const std::set<int> pinned = pinnedIds();
  const int space = std::max(perfVods, kMinIdSpace);
  if (perfVods >= space) {
    std::vector<int> all(static_cast<std::size_t>(space));
    for (int i = 0; i < space; ++i) all[static_cast<std::size_t>(i)] = i + 1;
    return all;
  }
  // Fewer VODs than the id space: keep the pinned ids and a random subset of the others (gaps
  // in the counter, as if pages had been deleted).
  std::vector<int> others;
  for (int i = 1; i <= space; ++i) {
    if (!pinned.count(i)) others.push_back(i);
  }
  for (std::size_t i = others.size(); i > 1; --i) std::swap(others[i - 1], others[rng.below(i)]);
  const auto extra =
      static_cast<std::size_t>(std::max(0, perfVods - static_cast<int>(pinned.size())));
  std::vector<int> ids(pinned.begin(), pinned.end());
  ids.insert(ids.end(), others.begin(), others.begin() + static_cast<std::ptrdiff_t>(extra));
  std::sort(ids.begin(), ids.end());
  return ids;
}

int pickClub(std::int64_t when, Rng& rng) {
  // Weights: SNH48 plays most, the sister groups less.
  static const std::map<int, int> weight = {{1, 6}, {2, 4}, {3, 4}, {4, 2}, {5, 2}, {6, 3}};
  const auto clubs = activeClubs(when);
  int total = 0;
  for (const int c : clubs) total += weight.at(c);
  auto r = static_cast<int>(rng.below(static_cast<std::uint64_t>(total)));
  for (const int c : clubs) {
    if ((r -= weight.at(c)) < 0) return c;
  }
  return clubs.front();
}

struct Builder {
  Dataset& d;
  Rng& rng;
  std::set<std::string> usedIds;
  std::set<std::int64_t> apiStarts;  // unique stime for the API (cursor by stime is exact)
  std::uint32_t objectIdCounter = 0x960000;

  std::int64_t uniqueApiStart(std::int64_t start) {
    while (!apiStarts.insert(start).second) start += 60;
    return start;
  }

  PerfVod fresh(int club, std::int64_t start) {
    if (start >= kV6CutoverEpoch) start = uniqueApiStart(start);
    PerfVod v = makePerfVod(d, club, start, mintCanonId(start, usedIds, objectIdCounter, rng), rng);
    v.inApi = isSnowflake(v.canonId);
    return v;
  }
};

void addSitePerfVods(Builder& b, int perfVods) {
  const std::vector<int> ids = presentIds(perfVods, b.rng);
  const int space = std::max(perfVods, kMinIdSpace);
  std::map<int, PerfVod> pinned;
  for (auto& v : pinnedPerfVods()) {
    pinned.emplace(*v.l4cId, v);
    b.usedIds.insert(v.canonId);
    if (v.inApi) b.apiStarts.insert(v.startTime);
  }
  const std::set<int> noFhd(idsWithoutFhd().begin(), idsWithoutFhd().end());
  std::map<int, std::size_t> rowOfId;
  for (const int id : ids) {
    PerfVod v;
    const auto dup = std::find_if(kDuplicatePairs.begin(), kDuplicatePairs.end(),
                                  [id](const auto& p) { return p.second == id; });
    if (pinned.count(id)) {
      v = pinned.at(id);
    } else if (dup != kDuplicatePairs.end()) {
      v = b.d.perfVods[rowOfId.at(dup->first)];  // same canon id, same start time
    } else if (id == 2580) {
      const std::string canon = "5c332c640cf27e32089829a8";
      b.usedIds.insert(canon);
      v = makePerfVod(b.d, 1, at("2019-01-13 19:30:00"), canon, b.rng);
    } else {
      const std::int64_t start = showTimeOnDay(dayOfId(id, space), b.rng);
      v = b.fresh(pickClub(start, b.rng), start);
      if (!isFakeFhdEra(start) && b.rng.chance(0.003)) v.streams.fhd.clear();
    }
    if (noFhd.count(id)) v.streams.fhd.clear();
    v.l4cId = id;
    rowOfId[id] = b.d.perfVods.size();
    b.d.perfVods.push_back(std::move(v));
  }
}

void addApiOnlyPerfVods(Builder& b, int count) {
  const std::int64_t from = at("2019-04-16"), to = at("2026-11-10");
  for (int i = 0; i < count; ++i) {
    const std::int64_t day =
        from +
        static_cast<std::int64_t>(b.rng.below(static_cast<std::uint64_t>((to - from) / 86400))) *
            86400;
    const std::int64_t start = showTimeOnDay(day, b.rng);
    PerfVod v = b.fresh(pickClub(start, b.rng), start);
    v.l4cId.reset();
    b.d.perfVods.push_back(std::move(v));
  }
  // Two announced shows: listed with record:false, no streams yet.
  for (const auto& [club, when] :
       {std::pair{1, "2026-12-05 19:30:00"}, {3, "2026-12-06 14:00:00"}}) {
    PerfVod v = b.fresh(club, at(when));
    v.l4cId.reset();
    v.upcoming = true;
    v.streams = Streams{};
    b.d.perfVods.push_back(std::move(v));
  }
}

void addMemberVods(Dataset& d, int count, Rng& rng) {
  std::set<std::string> used;
  for (auto& v : pinnedMemberVods()) {
    used.insert(v.liveId);
    d.memberVods.push_back(std::move(v));
  }
  std::vector<const Member*> performers;
  for (const auto& m : d.members) {
    if (m.status != 3) performers.push_back(&m);
  }
  const std::int64_t from = at("2019-04-16") * 1000, to = at("2026-11-20") * 1000;
  for (int i = static_cast<int>(d.memberVods.size()); i < count; ++i) {
    std::int64_t ctime =
        from + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(to - from)));
    while (!used.insert(snowflakeFromMs(ctime)).second) ++ctime;
    d.memberVods.push_back(makeMemberVod(*performers[rng.below(performers.size())], ctime, rng));
  }
}

}  // namespace

Dataset generateDataset(const GeneratorOptions& options) {
  if (options.perfVods < 0 || options.memberVods < 0) {
    throw std::invalid_argument("--perf and --member must not be negative");
  }
  Dataset d;
  d.seed = options.seed;
  Rng rng(options.seed);
  addRoster(d, rng);
  Builder builder{d, rng, {}, {}};
  addSitePerfVods(builder, options.perfVods);
  addApiOnlyPerfVods(builder, std::max(2, options.perfVods / 40));
  addMemberVods(d, options.memberVods, rng);
  return d;
}

std::vector<std::size_t> publishPerfVods(Dataset& d, int count, const std::vector<int>& clubs,
                                         Rng& rng) {
  int maxL4c = 0;
  std::int64_t latest = 0;
  std::set<std::string> used;
  for (const auto& v : d.perfVods) {
    if (v.l4cId) maxL4c = std::max(maxL4c, *v.l4cId);
    if (!v.upcoming) latest = std::max(latest, v.startTime);
    used.insert(v.canonId);
  }
  std::vector<std::size_t> added;
  std::uint32_t counter = 0;
  for (int i = 0; i < count; ++i) {
    const std::int64_t start = latest + 3 * 3600 * (i + 1);
    const int club =
        clubs.empty() ? pickClub(start, rng) : clubs[static_cast<std::size_t>(i) % clubs.size()];
    PerfVod v = makePerfVod(d, club, start, mintCanonId(start, used, counter, rng), rng);
    v.l4cId = ++maxL4c;
    v.inApi = true;
    added.push_back(d.perfVods.size());
    d.perfVods.push_back(std::move(v));
  }
  return added;
}

std::vector<std::size_t> publishMemberVods(Dataset& d, int count, Rng& rng) {
  std::int64_t latest = 0;
  for (const auto& v : d.memberVods) latest = std::max(latest, v.ctimeMs);
  std::vector<const Member*> performers;
  for (const auto& m : d.members) {
    if (m.status != 3) performers.push_back(&m);
  }
  std::vector<std::size_t> added;
  if (performers.empty()) return added;
  for (int i = 0; i < count; ++i) {
    const std::int64_t ctime = latest + 1800000LL * (i + 1) + rng.between(0, 999);
    added.push_back(d.memberVods.size());
    d.memberVods.push_back(makeMemberVod(*performers[rng.below(performers.size())], ctime, rng));
  }
  return added;
}

}  // namespace kvm48::sim
