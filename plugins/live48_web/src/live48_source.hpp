#pragma once
// The live48_web source: crawls the configured clubs of live.48.cn.

#include <kvm48/source.hpp>

#include "options.hpp"

namespace live48 {

/// One instance. Built by the factory from validated options (no I/O); crawl()
/// is called by the host, never twice at once. Holds no state between runs:
/// everything a run resumes from is in the backend's checkpoints.
class Live48Source final : public kvm48::Source {
 public:
  explicit Live48Source(const kvm48::PluginContext& context);

  /// Crawls every club of `clubs` (and `legacy_clubs` with --legacy) in order.
  /// Stops at the first failure that makes going on useless (the upstream is
  /// unavailable, cancellation, a failed write), after committing what was
  /// complete; page and VOD problems fail the run at its end (the first one
  /// named) while everything else is stored.
  kvm48::Status crawl(kvm48::CrawlContext& context) noexcept override;

 private:
  kvm48::Status crawl_clubs(kvm48::CrawlContext& context);

  Live48Options options_;
};

}  // namespace live48
