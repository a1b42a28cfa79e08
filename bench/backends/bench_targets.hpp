#pragma once
// The backends the benchmark measures. Each gives its plugin name and a fresh,
// empty store (kept alive by `keep`) with the YAML options to reach it.

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kvm48::bench {

struct BenchStore {
  std::string options_yaml;
  std::shared_ptr<void> keep;  ///< removes the store when the last copy goes
};

struct BenchTarget {
  std::string plugin;
  std::function<BenchStore()> fresh_store;
};

/// sqlite always; other backends when their environment is configured (see
/// each definition in bench_targets.cpp).
std::vector<BenchTarget> bench_targets(const std::string& scratch_dir);

}  // namespace kvm48::bench
