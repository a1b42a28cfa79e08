#pragma once
// What one run shares between its lists.

#include <vector>

#include <kvm48/crawl.hpp>

#include <kvm48/run_problems.hpp>
#include "options.hpp"
#include "roster_answer.hpp"

namespace koudai48 {

struct RunServices {
  kvm48::CrawlContext& context;
  const V6Options& options;
  kvm48::RunProblems& problems;
  const MemberIndex& members;  ///< the roster of this run (empty without the roster kind)
};

/// Whether a failed call stops the run (the upstream is unavailable or refuses,
/// or the host cancelled) rather than being a problem of one item.
inline bool stops_run(const kvm48::Status& status) {
  return status.code() == kvm48::StatusCode::unavailable ||
         status.code() == kvm48::StatusCode::cancelled;
}

/// After a page's detail calls (`outcomes[i]` of item i): reports the problems of
/// single items, calls `add(i)` (a RecordSink::add* of item i's record) for the
/// complete ones in page order, and returns the first failure that stops the run:
/// a failed call that stops it (the complete items are still added), or a failed
/// write. A record the sink refuses (invalid_data) is a problem of its item.
template <class AddRecord>
kvm48::Status add_complete(kvm48::RunProblems& problems, const std::vector<kvm48::Status>& outcomes,
                           AddRecord add) {
  kvm48::Status stop;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    const kvm48::Status& outcome = outcomes[i];
    if (stops_run(outcome)) {
      if (stop.ok()) stop = outcome;
      continue;
    }
    kvm48::Status added = outcome.ok() ? add(i) : outcome;
    if (added.code() == kvm48::StatusCode::invalid_data ||
        added.code() == kvm48::StatusCode::not_found) {
      problems.report(added.code(), added.message());
    } else if (!added.ok()) {
      return added;
    }
  }
  return stop;
}

}  // namespace koudai48
