#pragma once
// The conventional build-info gauge: constant 1, the build described by its labels.

#include <string>

#include "metrics/registry.hpp"

namespace kvm48::metrics {

struct BuildInfo {
  std::string version;    ///< e.g. "0.1.0"
  std::string revision;   ///< VCS revision, or empty
  std::string compiler;   ///< e.g. "gcc 12.2.0"
  std::string allocator;  ///< the malloc in use, e.g. "jemalloc 5.3.0"
};

/// Registers `<prefix>_build_info{version,revision,compiler,allocator} 1` ("kvm48_build_info" by
/// default). Throws std::invalid_argument as Registry::gauge does.
void register_build_info(Registry& registry, const BuildInfo& info,
                         const std::string& name = "kvm48_build_info");

}  // namespace kvm48::metrics
