#pragma once
// The interface of a crawler source plugin (kind = source).

#include "kvm48/plugin.hpp"

namespace kvm48 {

/// One configured source instance, e.g. "live48" of plugin live48_web.
///
/// Created by the plugin's SourceFactory (which validates the options and does no
/// I/O), owned by the host, destroyed by the host before the plugin library is
/// unloaded. The crawl entry point is added with the crawl engine.
class Source {
 public:
  virtual ~Source() = default;

 protected:
  Source() = default;
  Source(const Source&) = default;
  Source& operator=(const Source&) = default;
};

}  // namespace kvm48
