#pragma once
// Deterministic pseudo-random numbers for the simulator (splitmix64).
// std::uniform_*_distribution differ between standard libraries, so the generator and the
// fault injector use this instead: the same seed gives the same dataset and the same faults
// on every platform. Not thread-safe; each user owns its own instance.

#include <cstdint>
#include <string>
#include <vector>

namespace kvm48::sim {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); n must be > 0.
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  // Uniform in [lo, hi] (inclusive).
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
  }
  // Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

// Derives an independent seed from a parent seed and a label (for per-rule streams).
inline std::uint64_t deriveSeed(std::uint64_t parent, std::uint64_t label) {
  Rng r(parent ^ (label * 0xD1B54A32D192ED03ULL));
  return r.next();
}

}  // namespace kvm48::sim
