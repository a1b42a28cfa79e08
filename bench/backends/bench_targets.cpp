#include "bench_targets.hpp"

#include "postgres_bench_target.hpp"

#include <atomic>
#include <filesystem>

namespace kvm48::bench {

std::vector<BenchTarget> bench_targets(const std::string& scratch_dir) {
  std::vector<BenchTarget> targets;
  targets.push_back({"sqlite", [scratch_dir] {
                       static std::atomic<int> counter{0};
                       const auto path = std::filesystem::path(scratch_dir) /
                                         ("sqlite-" + std::to_string(counter++) + ".db");
                       return BenchStore{"path: '" + path.string() + "'\n", nullptr};
                     }});
  if (auto postgres = postgres_bench_target(scratch_dir)) targets.push_back(std::move(*postgres));
  return targets;
}

}  // namespace kvm48::bench
