#pragma once
// Crawling one club: its list pages newest first, the VOD pages not stored yet
// (two at a time), and a commit with a checkpoint after every list page.
//
// Checkpoints (per club, while a walk is unfinished):
//   club/{c}/next_page  the list page to go on with
//   club/{c}/below_id   the lowest live.48.cn id the walk has passed
//   club/{c}/mode       "full" or "incremental"
// A run first finishes a walk a killed or failed run left (from next_page: new
// VODs only push older ones to later pages, so nothing is skipped), then walks
// from page 1. In a resumed incremental walk, stored VODs with ids at or above
// below_id are the interrupted walk's own and do not stop it; the first page
// with a stored VOD below it does. The keys are deleted with the commit of the
// walk's last page.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kvm48/crawl.hpp>

#include <kvm48/run_problems.hpp>
#include "crawl_timers.hpp"
#include "identity_check.hpp"
#include "list_page.hpp"
#include "options.hpp"

namespace live48 {

/// What one run shares between its clubs.
struct RunServices {
  kvm48::CrawlContext& context;
  const Live48Options& options;
  CrawlTimers& timers;
  IdentityCheck& identities;
  kvm48::RunProblems& problems;
};

class ClubWalk {
 public:
  /// `checkpoints`: this source's stored checkpoint entries, by key.
  ClubWalk(RunServices services, std::int64_t club,
           const std::map<std::string, std::string>& checkpoints);

  /// Crawls the club. ok also when pages or VODs had problems (reported to
  /// RunProblems); unavailable, cancelled or a sink failure stop the run and are
  /// returned after what was complete is committed.
  kvm48::Status run();

 private:
  struct Walk {
    std::int64_t page = 1;
    /// A resumed walk: stored VODs at or above this id are the interrupted walk's.
    std::optional<std::int64_t> floor_id;
    std::optional<std::int64_t> below_id;  ///< lowest id passed so far (with floor_id)
    bool full = false;
    bool resumed = false;
  };
  enum class PageEnd { next, last, stop_keep_checkpoint };
  struct VodOutcome;

  kvm48::Status walk(Walk walk, bool& finished);
  kvm48::Status crawl_page(Walk& walk, PageEnd& end);
  kvm48::Status fetch_vods(const std::vector<VodLink>& links, std::vector<VodOutcome>& out);
  kvm48::Status store_vods(std::vector<VodOutcome>& outcomes);
  kvm48::Status commit(const std::vector<kvm48::Checkpoint>& checkpoints);
  [[nodiscard]] std::vector<kvm48::Checkpoint> progress(const Walk& walk) const;
  [[nodiscard]] std::vector<kvm48::Checkpoint> finished_checkpoints() const;
  [[nodiscard]] std::string key(const char* name) const;

  RunServices run_;
  const std::int64_t club_;
  std::optional<Walk> pending_;
};

}  // namespace live48
