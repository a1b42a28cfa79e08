#include "metrics/build_info.hpp"

namespace kvm48::metrics {

void register_build_info(Registry& registry, const BuildInfo& info, const std::string& name) {
  registry
      .gauge(name, "A metric with a constant '1' value labeled by the build's version.",
             {"version", "revision", "compiler", "allocator"})
      .with({info.version, info.revision, info.compiler, info.allocator})
      .set(1);
}

}  // namespace kvm48::metrics
