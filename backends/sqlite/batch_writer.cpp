#include "batch_writer.hpp"

#include "member_vod_rows.hpp"
#include "perf_vod_rows.hpp"
#include "roster_rows.hpp"

namespace kvm48::sqlite {
namespace {

// The l4c_id is unique across VODs: name the holder instead of failing on the
// index with a bare "UNIQUE constraint failed".
void check_l4c_free(Connection& db, const PerfVod& vod) {
  if (!vod.l4c_id) return;
  auto owner = db.cached("SELECT canon_id FROM perfvod WHERE l4c_id = ? AND canon_id <> ?");
  owner->bind(1, *vod.l4c_id);
  owner->bind(2, std::string_view(vod.id));
  if (owner->step()) {
    throw Rejected(StatusCode::conflict, "perf VOD " + vod.id + ": l4c id " +
                                             std::to_string(*vod.l4c_id) +
                                             " already belongs to perf VOD " + owner->text(0));
  }
}

void upsert(Connection& db, const PerfVod& incoming, const std::string& source,
            UpsertCounts& counts) {
  const auto stored = find_perf_vod(db, incoming.id);
  if (!stored) {
    const PerfVod vod = new_perf_vod(incoming, source);
    check_l4c_free(db, vod);
    insert_perf_vod(db, vod);
    ++counts.inserted;
    return;
  }
  const PerfVod merged = merge_perf_vod(*stored, incoming, source);
  if (merged == *stored) {
    ++counts.unchanged;
    return;
  }
  if (merged.l4c_id != stored->l4c_id) check_l4c_free(db, merged);
  update_perf_vod(db, merged);
  ++counts.updated;
}

void upsert(Connection& db, const MemberVod& incoming, UpsertCounts& counts) {
  const auto stored = find_member_vod(db, incoming.id);
  if (!stored) {
    put_member_vod(db, incoming);
    ++counts.inserted;
    return;
  }
  const MemberVod merged = merge_member_vod(*stored, incoming);
  if (merged == *stored) {
    ++counts.unchanged;
    return;
  }
  put_member_vod(db, merged);
  ++counts.updated;
}

// Teams and members: the incoming record replaces the stored one.
template <class Record, class Find, class Put>
void replace(Connection& db, const Record& incoming, Find find, Put put, UpsertCounts& counts) {
  const std::optional<Record> stored = find(db, incoming.id);
  if (stored && *stored == incoming) {
    ++counts.unchanged;
    return;
  }
  put(db, incoming);
  ++(stored ? counts.updated : counts.inserted);
}

// Team and member carry an optional Group that team_problem/member_problem do
// not look at; a value outside the enum must not reach the CHECK constraint.
void check_roster_group(const std::optional<Group>& group, const std::string& who) {
  if (group && to_string(*group) == "unknown") {
    throw Rejected(StatusCode::invalid_data, who + ": unknown group");
  }
}

void validate_member_records(const WriteBatch& batch) {
  for (const MemberVod& vod : batch.member_vods) {
    if (auto problem = member_vod_problem(vod); !problem.empty()) {
      throw Rejected(StatusCode::invalid_data, problem);
    }
  }
  for (const Team& team : batch.teams) {
    if (auto problem = team_problem(team); !problem.empty()) {
      throw Rejected(StatusCode::invalid_data, problem);
    }
    check_roster_group(team.group, "team " + std::to_string(team.id));
  }
  for (const Member& member : batch.members) {
    if (auto problem = member_problem(member); !problem.empty()) {
      throw Rejected(StatusCode::invalid_data, problem);
    }
    check_roster_group(member.group, "member " + std::to_string(member.id));
  }
}

void apply_checkpoint(Connection& db, const std::string& source, const Checkpoint& checkpoint) {
  if (checkpoint.value) {
    auto set = db.cached(
        "INSERT INTO checkpoint (source, key, value) VALUES (?, ?, ?) "
        "ON CONFLICT (source, key) DO UPDATE SET value = excluded.value");
    set->bind(1, std::string_view(source));
    set->bind(2, std::string_view(checkpoint.key));
    set->bind(3, std::string_view(*checkpoint.value));
    set->run();
  } else {
    auto erase = db.cached("DELETE FROM checkpoint WHERE source = ? AND key = ?");
    erase->bind(1, std::string_view(source));
    erase->bind(2, std::string_view(checkpoint.key));
    erase->run();
  }
}

std::int64_t as_int64(std::uint64_t value) {
  return static_cast<std::int64_t>(value);
}

void store_run(Connection& db, const CrawlRun& run) {
  auto put = db.cached(
      "INSERT OR REPLACE INTO crawl_run (run_id, source, plugin, plugin_version, mode, "
      "started_at_ms, finished_at_ms, outcome, error, requests, retries, items_new, "
      "items_updated, items_unchanged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  put->bind(1, std::string_view(run.run_id));
  put->bind(2, std::string_view(run.source));
  put->bind(3, std::string_view(run.plugin));
  put->bind(4, std::string_view(run.plugin_version));
  put->bind(5, std::string_view(run.mode));
  put->bind(6, run.started_at_ms);
  put->bind(7, run.finished_at_ms);
  put->bind(8, static_cast<std::int64_t>(run.outcome));
  put->bind(9, std::string_view(run.error));
  put->bind(10, as_int64(run.requests));
  put->bind(11, as_int64(run.retries));
  put->bind(12, as_int64(run.items_new));
  put->bind(13, as_int64(run.items_updated));
  put->bind(14, as_int64(run.items_unchanged));
  put->run();
}

}  // namespace

void validate_batch(const WriteBatch& batch) {
  for (const PerfVod& vod : batch.perf_vods) {
    if (auto problem = perf_vod_problem(vod); !problem.empty()) {
      throw Rejected(StatusCode::invalid_data, problem);
    }
  }
  validate_member_records(batch);
  if (!batch.checkpoints.empty() && batch.source.empty()) {
    throw Rejected(StatusCode::invalid_data, "checkpoints given without a source");
  }
  if (batch.run && (batch.run->run_id.empty() || batch.run->source.empty())) {
    throw Rejected(StatusCode::invalid_data, "a crawl run needs a run_id and a source");
  }
  if (batch.run && to_string(batch.run->outcome) == "unknown") {
    throw Rejected(StatusCode::invalid_data,
                   "crawl run " + batch.run->run_id + ": unknown outcome");
  }
}

UpsertCounts write_batch(Connection& db, const WriteBatch& batch) {
  validate_batch(batch);
  UpsertCounts counts;
  Transaction transaction(db, Transaction::Kind::immediate);
  for (const PerfVod& vod : batch.perf_vods) upsert(db, vod, batch.source, counts);
  for (const MemberVod& vod : batch.member_vods) upsert(db, vod, counts);
  for (const Team& team : batch.teams) replace(db, team, find_team, put_team, counts);
  for (const Member& member : batch.members) replace(db, member, find_member, put_member, counts);
  for (const Checkpoint& checkpoint : batch.checkpoints) {
    apply_checkpoint(db, batch.source, checkpoint);
  }
  if (batch.run) store_run(db, *batch.run);
  transaction.commit();
  return counts;
}

}  // namespace kvm48::sqlite
