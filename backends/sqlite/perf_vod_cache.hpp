#pragma once
// Perf VODs read by id, kept decoded for the rest of the read transaction they were
// read in, so that asking again for the same VOD in the same snapshot reads nothing
// from SQLite. Each read connection has its own (no locks); it is used only while
// the connection keeps its read transaction (KeptSnapshot), and forgotten as soon as
// that transaction ends: after any commit, by this process or another, the next use
// renews the transaction and finds the cache empty. So an answer from the cache is
// exactly the one SQLite would give in the same snapshot.
//
// Why: for perfVod(id) and perfVods(ids: [...]) the read of a row by its rowid (a
// B-tree seek, the columns copied out and decoded) was a quarter of the server's user
// time for one VOD and three fifths for fifty, and many clients ask for the same
// recent VODs. Keyed by id, so a hit needs neither the rowid hints nor their lock.
//
// Bounded by a number of records (a record is about 1 KB); when full, it starts
// again empty rather than tracking recency, which costs every lookup something.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kvm48/records.hpp"

namespace kvm48::sqlite {

class PerfVodCache {
 public:
  /// At most `capacity` records; 0 keeps none.
  explicit PerfVodCache(std::size_t capacity) : capacity_(capacity) {}

  [[nodiscard]] std::size_t capacity() const noexcept { return capacity_; }

  /// Before a use in the read transaction numbered `transaction` (KeptSnapshot's
  /// count): forgets every record read in another one.
  void follow(std::uint64_t transaction) noexcept {
    if (transaction == transaction_) return;
    records_.clear();
    transaction_ = transaction;
  }

  /// The record with this id read in this transaction, or null.
  [[nodiscard]] const PerfVod* find(std::string_view id) const noexcept {
    const auto found = records_.find(id);
    return found == records_.end() ? nullptr : &found->second;
  }

  /// Keeps a record read in this transaction (a copy).
  void put(const PerfVod& vod) {
    if (capacity_ == 0) return;
    if (records_.size() >= capacity_) records_.clear();
    records_.insert_or_assign(vod.id, vod);
  }

 private:
  std::size_t capacity_;
  std::uint64_t transaction_ = 0;
  // By id, looked up by string_view without making a string.
  struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view id) const noexcept {
      return std::hash<std::string_view>{}(id);
    }
  };
  std::unordered_map<std::string, PerfVod, IdHash, std::equal_to<>> records_;
};

}  // namespace kvm48::sqlite
