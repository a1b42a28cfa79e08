#pragma once
// memory:// — counters in this process (one server instance; lost on restart).

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "ratelimit/storage.hpp"

namespace kvm48::ratelimit {

/// Thread-safe: keys are spread over shards, each behind its own mutex, so hits on
/// different keys rarely contend. Memory is bounded: an idle key is dropped once its window
/// is over (shards are swept in turn as a side effect of hits, amortised O(1) per hit), and when
/// `max_keys` live keys exist the ones closest to expiry are forgotten first (they forgive a client
/// early, the safest thing to lose). A moving-window key holds up to `amount` timestamps.
class MemoryStorage final : public Storage {
 public:
  static constexpr std::size_t kDefaultMaxKeys = 1'000'000;

  explicit MemoryStorage(std::size_t max_keys = kDefaultMaxKeys);

  WindowState hit_fixed_window(const std::string& key, std::uint64_t amount, std::int64_t window_ms,
                               bool elastic, std::int64_t now_ms) override;
  WindowState hit_moving_window(const std::string& key, std::uint64_t amount,
                                std::int64_t window_ms, std::int64_t now_ms) override;
  void check() override {}
  [[nodiscard]] std::string kind() const override { return "memory"; }

  /// Keys currently held, expired ones not yet swept included (for tests and metrics).
  [[nodiscard]] std::size_t key_count() const;

 private:
  struct Entry {
    std::uint64_t count = 0;        // fixed window: hits so far
    std::int64_t expires_ms = 0;    // the key is dead from this instant on
    std::vector<std::int64_t> log;  // moving window: hit times, oldest first
  };
  struct Shard {
    mutable std::mutex mutex;
    std::unordered_map<std::string, Entry> entries;
  };
  static constexpr std::size_t kShards = 16;

  Shard& shard_for(const std::string& key);
  // Under the shard's lock: the live entry for `key`, created (making room) if needed.
  Entry& live_entry(Shard& shard, const std::string& key, std::int64_t now_ms);
  void sweep_expired(Shard& shard, std::int64_t now_ms);
  // Called before any shard lock is taken: now and then sweeps the next shard in turn.
  void maybe_sweep_next(std::int64_t now_ms);
  void evict_soonest(Shard& shard);

  std::size_t max_keys_per_shard_;
  std::array<Shard, kShards> shards_;
  std::atomic<std::uint64_t> hits_{0};
  std::atomic<std::uint64_t> next_sweep_at_{0};
  std::atomic<std::size_t> sweep_cursor_{0};
};

}  // namespace kvm48::ratelimit
