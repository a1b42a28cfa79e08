#include "copy/backend_copy.hpp"

#include <limits>
#include <map>
#include <utility>

#include "command_failure.hpp"
#include "copy/time_pages.hpp"

namespace kvm48::app {
namespace {

constexpr std::int64_t kMinSecond = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMaxSecond = std::numeric_limits<std::int64_t>::max();
// Member VOD times are milliseconds: the last second any of them can fall in, plus one.
constexpr std::int64_t kMemberVodEnd = kMaxSecond / 1000 + 1;

void check(const Status& status, const std::string& what) {
  if (!status) throw CommandFailure{what + ": " + status.message()};
}

template <typename T>
std::vector<std::vector<T>> chunks(std::vector<T> all, std::size_t size) {
  std::vector<std::vector<T>> out;
  for (std::size_t i = 0; i < all.size(); i += size) {
    const auto end = std::min(all.size(), i + size);
    out.emplace_back(std::make_move_iterator(all.begin() + static_cast<long>(i)),
                     std::make_move_iterator(all.begin() + static_cast<long>(end)));
  }
  return out;
}

}  // namespace

BackendStatistics statistics_of(Backend& backend, const std::string& side) {
  BackendStatistics stats;
  check(backend.statistics(stats), "cannot read the statistics of the " + side);
  return stats;
}

bool holds_anything(const BackendStatistics& s) {
  return s.perf_vods + s.member_vods + s.teams + s.members + s.checkpoints + s.crawl_runs > 0;
}

BackendCopy::BackendCopy(Backend& from, Backend& to, std::size_t batch_size, CopyProgress progress)
    : from_(from), to_(to), batch_size_(batch_size), progress_(std::move(progress)) {}

void BackendCopy::copy_all(const std::set<std::string>& source_names) {
  const BackendStatistics source = statistics_of(from_, "source");
  const BackendStatistics before = statistics_of(to_, "destination");
  tallies_ = {{"perf VODs", source.perf_vods, 0, 0, before.perf_vods, 0},
              {"member VODs", source.member_vods, 0, 0, before.member_vods, 0},
              {"teams", source.teams, 0, 0, before.teams, 0},
              {"members", source.members, 0, 0, before.members, 0},
              {"checkpoints", source.checkpoints, 0, 0, before.checkpoints, 0},
              {"crawl runs", source.crawl_runs, 0, 0, before.crawl_runs, 0}};
  copy_perf_vods(tallies_[0]);
  copy_member_vods(tallies_[1]);
  copy_teams(tallies_[2]);
  copy_members(tallies_[3]);
  copy_crawl_runs(tallies_[5]);  // first: the runs name the sources whose checkpoints to copy
  copy_checkpoints(tallies_[4], source_names);
  const BackendStatistics after = statistics_of(to_, "destination");
  tallies_[0].destination_after = after.perf_vods;
  tallies_[1].destination_after = after.member_vods;
  tallies_[2].destination_after = after.teams;
  tallies_[3].destination_after = after.members;
  tallies_[4].destination_after = after.checkpoints;
  tallies_[5].destination_after = after.crawl_runs;
}

UpsertCounts BackendCopy::write(const WriteBatch& batch, const std::string& kind) {
  UpsertCounts counts;
  check(to_.write(batch, counts), "cannot write " + kind + " to the destination");
  return counts;
}

void BackendCopy::advance(KindTally& tally, std::uint64_t records) {
  tally.read += records;
  if (progress_) progress_(tally.kind, tally.read, tally.in_source);
}

void BackendCopy::copy_perf_vods(KindTally& tally) {
  // The batch names no source: a written VOD keeps exactly the sources it has.
  const RangeQuery<PerfVod> query = [this](std::int64_t from, std::int64_t to, std::size_t limit,
                                           std::vector<PerfVod>& out) {
    PerfVodRange range;
    range.from = from;
    range.to = to;
    range.limit = limit;
    return from_.perf_vods_in_range(range, out);
  };
  const Status status = for_each_time_page<PerfVod>(
      query, [](const PerfVod& v) { return v.start_time; }, kMinSecond, kMaxSecond, batch_size_,
      [&](std::vector<PerfVod>& rows) {
        for (const auto& v : rows) perf_vod_sources_.insert(v.sources.begin(), v.sources.end());
        WriteBatch batch;
        const auto n = rows.size();
        batch.perf_vods = std::move(rows);
        tally.inserted += write(batch, tally.kind).inserted;
        advance(tally, n);
        return Status::success();
      });
  check(status, "cannot read perf VODs from the source");
}

void BackendCopy::copy_member_vods(KindTally& tally) {
  const RangeQuery<MemberVod> query = [this](std::int64_t from, std::int64_t to, std::size_t limit,
                                             std::vector<MemberVod>& out) {
    MemberVodRange range;
    range.from = from;
    range.to = to;
    range.limit = limit;
    return from_.member_vods_in_range(range, out);
  };
  const Status status = for_each_time_page<MemberVod>(
      query, [](const MemberVod& v) { return v.start_time_ms / 1000; }, 0, kMemberVodEnd,
      batch_size_,
      [&](std::vector<MemberVod>& rows) {
        WriteBatch batch;
        const auto n = rows.size();
        batch.member_vods = std::move(rows);
        tally.inserted += write(batch, tally.kind).inserted;
        advance(tally, n);
        return Status::success();
      });
  check(status, "cannot read member VODs from the source");
}

void BackendCopy::copy_teams(KindTally& tally) {
  std::vector<Team> teams;
  check(from_.get_teams(teams), "cannot read teams from the source");
  for (auto& chunk : chunks(std::move(teams), batch_size_)) {
    WriteBatch batch;
    const auto n = chunk.size();
    batch.teams = std::move(chunk);
    tally.inserted += write(batch, tally.kind).inserted;
    advance(tally, n);
  }
}

void BackendCopy::copy_members(KindTally& tally) {
  std::vector<Member> members;
  check(from_.get_members(MemberFilter{}, members), "cannot read members from the source");
  for (auto& chunk : chunks(std::move(members), batch_size_)) {
    WriteBatch batch;
    const auto n = chunk.size();
    batch.members = std::move(chunk);
    tally.inserted += write(batch, tally.kind).inserted;
    advance(tally, n);
  }
}

void BackendCopy::copy_crawl_runs(KindTally& tally) {
  check(from_.get_crawl_runs("", 0, runs_), "cannot read crawl runs from the source");
  std::vector<CrawlRun> existing;
  check(to_.get_crawl_runs("", 0, existing), "cannot read crawl runs from the destination");
  std::set<std::string> known;
  for (const auto& run : existing) known.insert(run.run_id);
  // A batch carries one run record, so each run is a transaction of its own.
  for (const auto& run : runs_) {
    WriteBatch batch;
    batch.run = run;
    write(batch, tally.kind);
    if (known.insert(run.run_id).second) ++tally.inserted;
    advance(tally, 1);
  }
}

void BackendCopy::copy_checkpoints(KindTally& tally, const std::set<std::string>& names) {
  std::set<std::string> sources = names;
  sources.insert(perf_vod_sources_.begin(), perf_vod_sources_.end());
  for (const auto& run : runs_) sources.insert(run.source);
  for (const auto& source : sources) {
    std::vector<Checkpoint> entries;
    check(from_.get_checkpoints(source, entries),
          "cannot read the checkpoints of " + source + " from the source");
    if (entries.empty()) continue;
    std::vector<Checkpoint> existing;
    check(to_.get_checkpoints(source, existing),
          "cannot read the checkpoints of " + source + " from the destination");
    std::set<std::string> known;
    for (const auto& c : existing) known.insert(c.key);
    for (const auto& c : entries) {
      if (known.count(c.key) == 0) ++tally.inserted;
    }
    for (auto& chunk : chunks(std::move(entries), batch_size_)) {
      WriteBatch batch;
      batch.source = source;
      const auto n = chunk.size();
      batch.checkpoints = std::move(chunk);
      write(batch, tally.kind);
      advance(tally, n);
    }
  }
}

}  // namespace kvm48::app
