#pragma once
// Timing loops for the benchmarks: run a body on N threads for a fixed number of
// iterations each and report nanoseconds per operation (wall clock over all threads).

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

namespace kvm48::bench {

/// Nanoseconds of wall time per operation when `threads` threads each run `body(thread,
/// i)` for i in [0, iterations).
template <typename Body>
double ns_per_op(int threads, long iterations, Body body) {
  std::atomic<bool> go{false};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      while (!go.load()) std::this_thread::yield();
      for (long i = 0; i < iterations; ++i) body(t, i);
    });
  }
  const auto start = std::chrono::steady_clock::now();
  go.store(true);
  for (auto& thread : pool) thread.join();
  const auto elapsed = std::chrono::steady_clock::now() - start;
  return static_cast<double>(
             std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count()) /
         static_cast<double>(iterations * threads);
}

inline void report(const char* what, double value_ns, double baseline_ns, const char* baseline) {
  std::printf("%-46s %10.1f ns/op   %6.2fx %s\n", what, value_ns, value_ns / baseline_ns, baseline);
}

}  // namespace kvm48::bench
