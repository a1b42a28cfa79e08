#pragma once
// The interface of a crawler source plugin (kind = source).

#include "kvm48/crawl.hpp"
#include "kvm48/plugin.hpp"

namespace kvm48 {

/// One configured source instance, e.g. "live48" of plugin live48_web.
///
/// Created by the plugin's SourceFactory (which validates the options and does no
/// I/O), owned by the host, destroyed by the host before the plugin library is
/// unloaded. The host never runs two crawls of one instance at once.
class Source {
 public:
  virtual ~Source() = default;

  /// Crawls the upstream once, putting what it finds into context.sink() and
  /// committing as it goes (each commit with the checkpoint that lets a later
  /// run resume after it). Called on a host thread; may block for long.
  ///
  /// Returns ok when the run did all it set out to do. Otherwise: unavailable
  /// (the upstream failed after the host's retries), invalid_data (an answer the
  /// plugin cannot understand), conflict (data contradicting what is stored),
  /// cancelled (context.cancelled() became true). The message is one line for
  /// the run record and the operator; what was committed stays committed.
  [[nodiscard]] virtual Status crawl(CrawlContext& context) noexcept = 0;

 protected:
  Source() = default;
  Source(const Source&) = default;
  Source& operator=(const Source&) = default;
};

}  // namespace kvm48
