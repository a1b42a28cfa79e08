#pragma once
// Where each perf VOD's row is: its canonical id's hash -> the row's rowid, kept in
// memory, so that reading a VOD by id is one seek in the table's B-tree instead of two
// (the id index, then the table). For perfVods(ids: [50 ids]) the id index's seeks
// were a sixth of the server's CPU.
//
// A hint is never trusted: the row it points at is read in the reader's own snapshot
// and used only if its canon_id is the id asked for. Otherwise (a row added or
// deleted since the hints were loaded, rowids renumbered by VACUUM or by another
// program, two ids with the same hash) the id index answers as before, and the hint
// is corrected. So hints can be stale, never wrong.
//
// The hints are loaded whole, from the id index, by the first lookup by id that finds
// them unloaded (about 10 ms for 60,000 VODs; lookups on other threads meanwhile use
// the index); ids never seen in the table are not remembered, so the map holds at most
// one entry per row. Memory: 16 bytes a slot, at most half the slots used (2 MiB for
// 60,000 VODs).

#include <atomic>
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sqlite_db.hpp"

namespace kvm48::sqlite {

class RowidHints {
 public:
  /// What a lookup found out about an id: the row it is in now, or none (deleted).
  struct Correction {
    std::string_view id;
    std::optional<std::int64_t> rowid;
  };

  /// Loads the hints from `db` (one statement: one snapshot) unless they are loaded
  /// or another thread is loading them. A failed load leaves them unloaded, to be tried
  /// by a later lookup, and throws sqlite::Error.
  void load_once(Connection& db);

  /// The hinted rowid of each id (nullopt: no hint), under one lock.
  [[nodiscard]] std::vector<std::optional<std::int64_t>> find(
      std::span<const std::string> ids) const;

  /// Records what lookups found (ignored until loaded).
  void correct(std::span<const Correction> corrections);

 private:
  enum class State { unloaded, loading, loaded };

  [[nodiscard]] bool loaded() const noexcept {
    return state_.load(std::memory_order_acquire) == State::loaded;
  }

  // Open addressing with linear probing; key 0 marks an empty slot.
  struct Slot {
    std::uint64_t key = 0;
    std::int64_t rowid = 0;
  };
  class Table {
   public:
    [[nodiscard]] std::optional<std::int64_t> find(std::uint64_t key) const noexcept;
    void put(std::uint64_t key, std::optional<std::int64_t> rowid);

   private:
    /// The slot holding `key`, or the empty one where it would go (slots_ not empty).
    [[nodiscard]] std::size_t slot_of(std::uint64_t key) const noexcept;
    void grow();
    std::vector<Slot> slots_;
    std::size_t used_ = 0;
  };

  static std::uint64_t key_of(std::string_view id) noexcept;

  std::atomic<State> state_{State::unloaded};
  mutable std::shared_mutex mutex_;
  Table table_;
};

}  // namespace kvm48::sqlite
