#include "write_batch.hpp"

#include <unordered_map>
#include <vector>

#include "perf_vod_rows.hpp"
#include "rejected.hpp"
#include "write_member_records.hpp"

namespace kvm48::postgres {
namespace {

// The state of one canonical id while a batch is merged.
struct Slot {
  PerfVod record;
  bool l4c_was_set = false;  // the stored row had its l4c pair already
  bool dirty = false;        // must be written
};

struct Merged {
  std::unordered_map<std::string, Slot> slots;
  std::vector<std::string> write_order;  // ids of dirty slots, first-seen order
  UpsertCounts counts;
};

Merged merge_batch(pg::Connection& conn, const WriteBatch& batch) {
  std::vector<std::string> ids;
  ids.reserve(batch.perf_vods.size());
  for (const PerfVod& v : batch.perf_vods) ids.push_back(v.id);
  Merged m;
  // No FOR UPDATE: the caller holds the writers' advisory lock, so no other
  // writer changes these rows before we commit (and row locks would dirty every
  // page read, even when nothing changes).
  for (PerfVod& stored : select_perf_vods(conn, ids)) {
    const bool l4c = stored.l4c_id.has_value();
    std::string id = stored.id;
    m.slots.emplace(std::move(id), Slot{std::move(stored), l4c, false});
  }
  for (const PerfVod& incoming : batch.perf_vods) {
    auto it = m.slots.find(incoming.id);
    if (it == m.slots.end()) {
      m.slots.emplace(incoming.id, Slot{new_perf_vod(incoming, batch.source), false, true});
      m.write_order.push_back(incoming.id);
      ++m.counts.inserted;
      continue;
    }
    PerfVod merged = merge_perf_vod(it->second.record, incoming, batch.source);
    if (merged == it->second.record) {
      ++m.counts.unchanged;
      continue;
    }
    ++m.counts.updated;
    if (!it->second.dirty) m.write_order.push_back(incoming.id);
    it->second.dirty = true;
    it->second.record = std::move(merged);
  }
  return m;
}

[[noreturn]] void conflict(const std::string& id, std::int64_t l4c_id, const std::string& holder) {
  throw Rejected(StatusCode::conflict, "perf VOD " + id + ": l4c_id " + std::to_string(l4c_id) +
                                           " is already taken by perf VOD " + holder);
}

// Each l4c_id newly given to a record must be free: within the batch and in the table.
void check_l4c_conflicts(pg::Connection& conn, const Merged& m) {
  std::unordered_map<std::int64_t, const std::string*> claimed;
  pg::ArrayLiteral l4c_ids;
  for (const std::string& id : m.write_order) {
    const Slot& slot = m.slots.at(id);
    if (slot.l4c_was_set || !slot.record.l4c_id) continue;
    const auto [it, fresh] = claimed.emplace(*slot.record.l4c_id, &slot.record.id);
    if (!fresh) conflict(id, *slot.record.l4c_id, *it->second);
    l4c_ids.add(*slot.record.l4c_id);
  }
  if (claimed.empty()) return;
  const pg::Result r =
      conn.exec_prepared("SELECT l4c_id, canon_id FROM perfvod WHERE l4c_id = ANY($1::bigint[])",
                         pg::Params().add(l4c_ids.str()));
  for (int row = 0; row < r.rows(); ++row) {
    const std::string& claimant = *claimed.at(r.int64(row, 0));
    const std::string holder = r.string(row, 1);
    if (holder != claimant) conflict(claimant, r.int64(row, 0), holder);
  }
}

void write_checkpoints(pg::Connection& conn, const WriteBatch& batch) {
  for (const Checkpoint& c : batch.checkpoints) {
    if (c.value) {
      conn.exec_prepared(
          "INSERT INTO checkpoint (source, key, value) VALUES ($1, $2, $3) "
          "ON CONFLICT (source, key) DO UPDATE SET value = EXCLUDED.value",
          pg::Params().add(batch.source).add(c.key).add(*c.value));
    } else {
      conn.exec_prepared("DELETE FROM checkpoint WHERE source = $1 AND key = $2",
                         pg::Params().add(batch.source).add(c.key));
    }
  }
}

std::int64_t as_bigint(std::uint64_t n) {
  return static_cast<std::int64_t>(n);
}

void write_run(pg::Connection& conn, const CrawlRun& run) {
  conn.exec_prepared(
      "INSERT INTO crawl_run (run_id, source, plugin, plugin_version, mode, started_at_ms, "
      " finished_at_ms, outcome, error, requests, retries, items_new, items_updated, "
      " items_unchanged) "
      "VALUES ($1, $2, $3, $4, $5, $6::bigint, $7::bigint, $8::integer, $9, $10::bigint, "
      " $11::bigint, $12::bigint, $13::bigint, $14::bigint) "
      "ON CONFLICT (run_id) DO UPDATE SET source = EXCLUDED.source, plugin = EXCLUDED.plugin, "
      " plugin_version = EXCLUDED.plugin_version, mode = EXCLUDED.mode, "
      " started_at_ms = EXCLUDED.started_at_ms, finished_at_ms = EXCLUDED.finished_at_ms, "
      " outcome = EXCLUDED.outcome, error = EXCLUDED.error, requests = EXCLUDED.requests, "
      " retries = EXCLUDED.retries, items_new = EXCLUDED.items_new, "
      " items_updated = EXCLUDED.items_updated, items_unchanged = EXCLUDED.items_unchanged",
      pg::Params()
          .add(run.run_id)
          .add(run.source)
          .add(run.plugin)
          .add(run.plugin_version)
          .add(run.mode)
          .add(run.started_at_ms)
          .add(run.finished_at_ms)
          .add(static_cast<std::int64_t>(run.outcome))
          .add(run.error)
          .add(as_bigint(run.requests))
          .add(as_bigint(run.retries))
          .add(as_bigint(run.items_new))
          .add(as_bigint(run.items_updated))
          .add(as_bigint(run.items_unchanged)));
}

}  // namespace

void validate_batch(const WriteBatch& batch) {
  for (const PerfVod& v : batch.perf_vods) {
    if (std::string problem = perf_vod_problem(v); !problem.empty()) {
      throw Rejected(StatusCode::invalid_data, problem);
    }
  }
  validate_member_records(batch);
  if (!batch.checkpoints.empty() && batch.source.empty()) {
    throw Rejected(StatusCode::invalid_data, "checkpoints given without a source");
  }
}

UpsertCounts apply_batch(pg::Connection& conn, const WriteBatch& batch) {
  Merged m = merge_batch(conn, batch);
  check_l4c_conflicts(conn, m);
  std::vector<const PerfVod*> rows;
  rows.reserve(m.write_order.size());
  for (const std::string& id : m.write_order) rows.push_back(&m.slots.at(id).record);
  upsert_perf_vods(conn, rows);
  apply_member_records(conn, batch, m.counts);
  write_checkpoints(conn, batch);
  if (batch.run) write_run(conn, *batch.run);
  return m.counts;
}

}  // namespace kvm48::postgres
