#pragma once
// The koudai48_v6 source: the roster, then the performance and member VOD lists
// of the configured groups, from the Koudai48 app API v6.

#include <kvm48/source.hpp>

#include <kvm48/run_problems.hpp>
#include "options.hpp"
#include "roster_answer.hpp"

namespace koudai48 {

/// One instance. Built by the factory from validated options (no I/O); crawl()
/// is called by the host, never twice at once. Holds no state between runs:
/// what a run resumes from is in the backend's checkpoints.
class V6Source final : public kvm48::Source {
 public:
  explicit V6Source(const kvm48::PluginContext& context);

  /// Crawls, in order: the roster (group_team_star: teams and members), the
  /// performance VOD list of each group of `groups` (and `legacy_groups` with
  /// --legacy), then their member VOD lists; the kinds not in `kinds` are skipped.
  /// Stops at the first failure that makes going on useless (unavailable, an API
  /// error status, cancellation, a failed write), after committing what was
  /// complete; malformed pages and items fail the run at its end (the first one
  /// named) while everything else is stored.
  kvm48::Status crawl(kvm48::CrawlContext& context) noexcept override;

 private:
  kvm48::Status crawl_all(kvm48::CrawlContext& context);
  kvm48::Status crawl_roster(kvm48::CrawlContext& context, kvm48::RunProblems& problems,
                             MemberIndex& members);

  V6Options options_;
};

}  // namespace koudai48
