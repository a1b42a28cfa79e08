#pragma once
// Canonical-id clashes between VOD pages (UPSTREAM.md 4.6, the original's rules):
// - a duplicate page (same canonical id, same start time) is let through: the
//   backend merges it and keeps the first l4c pair;
// - the one known collision, 5bd81e5a0cf27e320898288b (club 3, ids 1750 and
//   2451, different shows), is ignored: the second page is not stored;
// - any other clash with a different start time is a conflict: the page is not
//   stored and the run fails.

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

#include <kvm48/records.hpp>

namespace live48 {

inline constexpr const char* kKnownCollisionId = "5bd81e5a0cf27e320898288b";

enum class IdentityVerdict {
  store,             ///< new, or a duplicate page with the same start time
  ignore_collision,  ///< the known collision: skip, with a note in the log
  conflict,          ///< another VOD already has this id with another start time
};

struct IdentityDecision {
  IdentityVerdict verdict = IdentityVerdict::store;
  std::string note;  ///< for the log, when not plainly new
  /// The note is routine (a VOD the app API source stored first is one): debug level.
  bool routine = false;
};

/// The canonical ids this run has stored, with their pages and start times.
/// The SDK's KnownItems can say whether a canonical id is stored but not with
/// which start time, so clashes are compared in full within the run; a clash with
/// a VOD stored by an earlier run (`stored_before`) is checked as far as that
/// allows (see decide()). Threads: any (one mutex).
class IdentityCheck {
 public:
  /// Decides about `vod` (parsed from a page not stored yet) and, when the
  /// verdict is `store`, remembers it. `stored_before`: the backend already has
  /// a VOD with this canonical id (under another page, or none: the app API's).
  IdentityDecision decide(const kvm48::PerfVod& vod, bool stored_before);

 private:
  struct Seen {
    std::int64_t start_time;
    std::int64_t club;
    std::int64_t l4c_id;
  };
  std::mutex mutex_;
  std::map<std::string, Seen> seen_;
};

}  // namespace live48
