#pragma once
// The postgres backend as a benchmark target.

#include <optional>
#include <string>

#include "bench_targets.hpp"

namespace kvm48::bench {

/// Benchmarks postgres on $KVM48_TEST_PG_URI if set, else on a throwaway cluster
/// (tests/backends/pg_cluster.sh, fsync on) started under `scratch_dir` and
/// stopped when the last store goes. Each store is a fresh schema, dropped after
/// use. nullopt (with the reason on stderr) when no server can be had.
std::optional<BenchTarget> postgres_bench_target(const std::string& scratch_dir);

}  // namespace kvm48::bench
