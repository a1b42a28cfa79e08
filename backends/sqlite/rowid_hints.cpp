#include "rowid_hints.hpp"

#include <functional>
#include <limits>
#include <mutex>

namespace kvm48::sqlite {
namespace {

// A slot whose row was deleted keeps its key (linear probing cannot simply empty it).
constexpr std::int64_t kNoRow = std::numeric_limits<std::int64_t>::min();

}  // namespace

std::uint64_t RowidHints::key_of(std::string_view id) noexcept {
  return static_cast<std::uint64_t>(std::hash<std::string_view>{}(id)) | 1U;  // never 0
}

std::size_t RowidHints::Table::slot_of(std::uint64_t key) const noexcept {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = key & mask;
  while (slots_[i].key != key && slots_[i].key != 0) i = (i + 1) & mask;
  return i;
}

std::optional<std::int64_t> RowidHints::Table::find(std::uint64_t key) const noexcept {
  if (slots_.empty()) return std::nullopt;
  const Slot& slot = slots_[slot_of(key)];
  if (slot.key == 0 || slot.rowid == kNoRow) return std::nullopt;
  return slot.rowid;
}

void RowidHints::Table::put(std::uint64_t key, std::optional<std::int64_t> rowid) {
  if (rowid && (used_ + 1) * 2 > slots_.size()) grow();
  if (slots_.empty()) return;  // nothing to forget
  Slot& slot = slots_[slot_of(key)];
  if (slot.key == 0) {
    if (!rowid) return;  // nothing to forget
    slot.key = key;
    ++used_;
  }
  slot.rowid = rowid.value_or(kNoRow);
}

void RowidHints::Table::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  for (const Slot& slot : old) {
    if (slot.key != 0) slots_[slot_of(slot.key)] = slot;
  }
}

void RowidHints::load_once(Connection& db) {
  State expected = State::unloaded;
  if (!state_.compare_exchange_strong(expected, State::loading, std::memory_order_acq_rel)) {
    return;
  }
  try {
    Table table;
    // SQLite reads the id index alone (it holds each row's rowid), not the table.
    auto rows = db.cached("SELECT canon_id, rowid FROM perfvod");
    while (rows->step()) table.put(key_of(rows->text_view(0)), rows->int64(1));
    std::unique_lock lock(mutex_);
    table_ = std::move(table);
  } catch (...) {
    state_.store(State::unloaded, std::memory_order_release);
    throw;
  }
  state_.store(State::loaded, std::memory_order_release);
}

std::vector<std::optional<std::int64_t>> RowidHints::find(std::span<const std::string> ids) const {
  std::vector<std::optional<std::int64_t>> rowids(ids.size());
  if (!loaded()) return rowids;
  std::shared_lock lock(mutex_);
  for (std::size_t i = 0; i < ids.size(); ++i) rowids[i] = table_.find(key_of(ids[i]));
  return rowids;
}

void RowidHints::correct(std::span<const Correction> corrections) {
  if (corrections.empty() || !loaded()) return;
  std::unique_lock lock(mutex_);
  for (const Correction& c : corrections) table_.put(key_of(c.id), c.rowid);
}

}  // namespace kvm48::sqlite
