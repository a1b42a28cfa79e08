#pragma once
// Walking one cursor-paged list (getOpenLiveList or getLiveList of one group),
// newest first: a commit with a checkpoint after every page, incremental or full,
// --limit-pages, resuming a walk a killed or failed run left.
//
// Checkpoints (keys under the list's name L, e.g. "perf/10", "member/10"):
//   L/newest_ms       the newest item time (ms) of this source's last finished walk
//   L/cursor, L/page  while a walk is unfinished: the `next` to send, its page number
//   L/walk_newest_ms  ... the newest item time that walk has met
//   L/mode            ... "full" or "incremental"
// An item is *old* when it is stored and its time is at or before L/newest_ms:
// this source's own earlier walk covered it. So a VOD another source stored (a
// perf VOD from live48_web) is not old until this source has added what it knows
// (teams, cover) to it. Old items get no detail call; an incremental walk ends
// after the first page whose items are all old. Items repeated across pages (the
// upstream's duplicates) are taken once per walk.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include <kvm48/crawl.hpp>

#include <kvm48/run_problems.hpp>

namespace koudai48 {

using CheckpointMap = std::map<std::string, std::string>;

/// An item of a list page, as the walk needs it.
struct ListEntry {
  std::string id;
  std::int64_t time_ms = 0;
};

/// One list as a walk sees it. Implementations keep the page fetched last.
class ListKind {
 public:
  virtual ~ListKind() = default;
  /// Checkpoint key prefix and name in messages, e.g. "perf/10".
  [[nodiscard]] virtual const std::string& name() const = 0;
  /// Fetches the page `cursor` names ("0": the newest). ok with the next cursor
  /// and the entries; invalid_data for a malformed page; else what stops the run.
  virtual kvm48::Status fetch_page(const std::string& cursor, std::string& next,
                                   std::vector<ListEntry>& entries) = 0;
  /// known[i]: the record of ids[i] is stored.
  virtual kvm48::Status known(std::span<const std::string> ids, std::vector<bool>& known) = 0;
  /// Completes (detail calls, in parallel) and adds to the sink the records of the
  /// last page's entries at `indexes`. Problems of single items go to RunProblems
  /// (the item is not added); non-ok only for what stops the run (unavailable,
  /// cancelled, a failed write), after adding the items that were complete.
  virtual kvm48::Status store(const std::vector<std::size_t>& indexes) = 0;

 protected:
  ListKind() = default;
  ListKind(const ListKind&) = default;
  ListKind& operator=(const ListKind&) = default;
};

class ListWalk {
 public:
  ListWalk(kvm48::CrawlContext& context, kvm48::RunProblems& problems, ListKind& kind,
           const CheckpointMap& checkpoints);

  /// Finishes an unfinished walk (if any), then walks from the newest page. ok
  /// also when the list had problems (reported); unavailable, cancelled or a sink
  /// failure stop the run and are returned after what was complete is committed.
  kvm48::Status run();

 private:
  struct Walk {
    std::string cursor = "0";
    std::int64_t page = 1;
    std::optional<std::int64_t> newest_ms;  ///< newest item time met by this walk
    bool full = false;
    bool resumed = false;
  };
  enum class PageEnd { next, last, stop_keep_checkpoint };

  kvm48::Status walk(Walk walk);
  kvm48::Status crawl_page(Walk& walk, PageEnd& end);
  kvm48::Status pick(const std::vector<ListEntry>& entries, Walk& walk,
                     std::vector<std::size_t>& to_store, bool& all_old);
  kvm48::Status commit(const std::vector<kvm48::Checkpoint>& checkpoints);
  [[nodiscard]] std::vector<kvm48::Checkpoint> progress(const Walk& walk) const;
  [[nodiscard]] std::vector<kvm48::Checkpoint> finished(const Walk& walk);
  [[nodiscard]] std::string key(const char* name) const;

  kvm48::CrawlContext& context_;
  kvm48::RunProblems& problems_;
  ListKind& kind_;
  std::optional<std::int64_t> done_newest_ms_;  ///< L/newest_ms
  std::optional<Walk> pending_;
  std::set<std::string> seen_ids_;  ///< of the current walk
  std::set<std::string> cursors_;   ///< sent in the current walk (a loop ends it)
  std::size_t pages_ = 0, stored_ = 0;
};

}  // namespace koudai48
