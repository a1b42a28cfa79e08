#pragma once
// Copying everything the Backend interface exposes from one open backend to
// another: perf VODs, member VODs, teams, members, checkpoints and crawl runs,
// then checking the destination's counts. Used by `kvm48-server copy`.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "kvm48/backend.hpp"

namespace kvm48::app {

/// What happened to one kind of record.
struct KindTally {
  std::string kind;                      ///< "perf VODs", "member VODs", ...
  std::uint64_t in_source = 0;           ///< the source's statistics before the copy
  std::uint64_t read = 0;                ///< records read from the source and written
  std::uint64_t inserted = 0;            ///< of those, new to the destination
  std::uint64_t destination_before = 0;  ///< the destination's statistics before
  std::uint64_t destination_after = 0;   ///< ... and after, read back
  /// destination_before + inserted: what the destination must hold afterwards.
  [[nodiscard]] std::uint64_t expected() const { return destination_before + inserted; }
  /// The check: every source record read, and the destination holds what it must.
  [[nodiscard]] bool ok() const { return read == in_source && destination_after == expected(); }
};

/// Progress of one kind: `done` of `total` records written.
using CopyProgress =
    std::function<void(const std::string& kind, std::uint64_t done, std::uint64_t total)>;

/// One copy. Both backends are open; the caller holds their crawl locks. Every
/// method throws CommandFailure with a one-line message naming the side and the
/// kind when a read or a write fails.
class BackendCopy {
 public:
  BackendCopy(Backend& from, Backend& to, std::size_t batch_size, CopyProgress progress);

  /// Copies every kind, then reads the destination's counts back. `source_names`
  /// are source instances whose checkpoints to copy besides those the source's
  /// crawl runs and perf VODs name (the Backend interface cannot list them).
  void copy_all(const std::set<std::string>& source_names);

  /// One entry per kind, in the order copied.
  [[nodiscard]] const std::vector<KindTally>& tallies() const noexcept { return tallies_; }

 private:
  void copy_perf_vods(KindTally& tally);
  void copy_member_vods(KindTally& tally);
  void copy_teams(KindTally& tally);
  void copy_members(KindTally& tally);
  void copy_checkpoints(KindTally& tally, const std::set<std::string>& names);
  void copy_crawl_runs(KindTally& tally);
  /// Writes one batch to the destination; returns its counts.
  UpsertCounts write(const WriteBatch& batch, const std::string& kind);
  void advance(KindTally& tally, std::uint64_t records);

  Backend& from_;
  Backend& to_;
  std::size_t batch_size_;
  CopyProgress progress_;
  std::vector<KindTally> tallies_;
  std::set<std::string> perf_vod_sources_;  ///< every name in the copied VODs' `sources`
  std::vector<CrawlRun> runs_;              ///< the source's crawl runs, read once
};

/// Statistics of `backend`; throws CommandFailure naming `side` on failure.
BackendStatistics statistics_of(Backend& backend, const std::string& side);

/// Whether a backend holds anything at all (any kind).
bool holds_anything(const BackendStatistics& stats);

}  // namespace kvm48::app
