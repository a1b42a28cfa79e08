#include "ratelimit/memory_storage.hpp"

#include <algorithm>
#include <functional>

namespace kvm48::ratelimit {

MemoryStorage::MemoryStorage(std::size_t max_keys)
    : max_keys_per_shard_(std::max<std::size_t>(1, max_keys / kShards)) {}

MemoryStorage::Shard& MemoryStorage::shard_for(const std::string& key) {
  return shards_[std::hash<std::string>{}(key) % kShards];
}

void MemoryStorage::sweep_expired(Shard& shard, std::int64_t now_ms) {
  std::erase_if(shard.entries,
                [now_ms](const auto& item) { return item.second.expires_ms <= now_ms; });
}

// Sweeping a shard costs its size, and the next sweep waits at least that many hits: the
// cost per hit stays O(1) while every shard is visited in turn, busy or not.
void MemoryStorage::maybe_sweep_next(std::int64_t now_ms) {
  const auto hits = hits_.fetch_add(1, std::memory_order_relaxed) + 1;
  if (hits < next_sweep_at_.load(std::memory_order_relaxed)) return;
  Shard& shard = shards_[sweep_cursor_.fetch_add(1, std::memory_order_relaxed) % kShards];
  std::unique_lock lock(shard.mutex, std::try_to_lock);
  if (!lock) return;  // busy: another hit will try the next one
  sweep_expired(shard, now_ms);
  next_sweep_at_.store(hits + std::max<std::size_t>(64, shard.entries.size()),
                       std::memory_order_relaxed);
}

// Forgets the eighth of the shard's keys that would expire soonest: one O(n) pass frees
// room for n/8 new keys, so a flood of new clients costs amortised O(1) per hit.
void MemoryStorage::evict_soonest(Shard& shard) {
  std::vector<std::int64_t> expiries;
  expiries.reserve(shard.entries.size());
  for (const auto& item : shard.entries) expiries.push_back(item.second.expires_ms);
  auto cut = expiries.begin() + static_cast<std::ptrdiff_t>(expiries.size() / 8);
  std::nth_element(expiries.begin(), cut, expiries.end());
  const std::int64_t cutoff = *cut;
  std::erase_if(shard.entries,
                [cutoff](const auto& item) { return item.second.expires_ms <= cutoff; });
}

MemoryStorage::Entry& MemoryStorage::live_entry(Shard& shard, const std::string& key,
                                                std::int64_t now_ms) {
  auto found = shard.entries.find(key);
  if (found != shard.entries.end()) {
    if (found->second.expires_ms <= now_ms) found->second = Entry{};
    return found->second;
  }
  if (shard.entries.size() >= max_keys_per_shard_) {
    sweep_expired(shard, now_ms);
    if (shard.entries.size() >= max_keys_per_shard_) evict_soonest(shard);
  }
  return shard.entries[key];
}

WindowState MemoryStorage::hit_fixed_window(const std::string& key, std::uint64_t amount,
                                            std::int64_t window_ms, bool elastic,
                                            std::int64_t now_ms) {
  maybe_sweep_next(now_ms);
  Shard& shard = shard_for(key);
  std::lock_guard lock(shard.mutex);
  Entry& entry = live_entry(shard, key, now_ms);
  if (entry.count == 0 || elastic) entry.expires_ms = now_ms + window_ms;
  ++entry.count;
  return {entry.count <= amount, entry.count, entry.expires_ms};
}

WindowState MemoryStorage::hit_moving_window(const std::string& key, std::uint64_t amount,
                                             std::int64_t window_ms, std::int64_t now_ms) {
  maybe_sweep_next(now_ms);
  Shard& shard = shard_for(key);
  std::lock_guard lock(shard.mutex);
  Entry& entry = live_entry(shard, key, now_ms);
  auto& log = entry.log;
  // Hits at or before now - window have left the window.
  auto first_live = std::upper_bound(log.begin(), log.end(), now_ms - window_ms);
  log.erase(log.begin(), first_live);
  if (log.size() >= amount) {
    // Refused, not recorded. A slot frees when the amount-th most recent hit leaves.
    std::int64_t reset = amount == 0 ? now_ms + window_ms : log[log.size() - amount] + window_ms;
    return {false, log.size(), reset};
  }
  log.push_back(std::max(now_ms, log.empty() ? now_ms : log.back()));
  entry.expires_ms = log.back() + window_ms;
  return {true, log.size(), log.front() + window_ms};
}

std::size_t MemoryStorage::key_count() const {
  std::size_t total = 0;
  for (const auto& shard : shards_) {
    std::lock_guard lock(shard.mutex);
    total += shard.entries.size();
  }
  return total;
}

}  // namespace kvm48::ratelimit
