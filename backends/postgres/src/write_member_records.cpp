#include "write_member_records.hpp"

#include <string>
#include <unordered_map>
#include <vector>

#include "member_vod_rows.hpp"
#include "rejected.hpp"
#include "roster_rows.hpp"

namespace kvm48::postgres {
namespace {

// Merges `incoming` (in batch order, repeats included) into the `stored` records
// with the same ids and counts each one. Returns the records to write: those
// new or changed, each once, in first-seen order.
template <class Record, class Merge>
std::vector<Record> merge_by_id(std::vector<Record> stored, const std::vector<Record>& incoming,
                                Merge merge, UpsertCounts& counts) {
  using Key = decltype(Record::id);
  struct Slot {
    Record record;
    bool dirty = false;
  };
  std::unordered_map<Key, Slot> slots;
  for (Record& record : stored) {
    Key id = record.id;
    slots.emplace(std::move(id), Slot{std::move(record), false});
  }
  std::vector<Key> write_order;
  for (const Record& record : incoming) {
    auto it = slots.find(record.id);
    if (it == slots.end()) {
      slots.emplace(record.id, Slot{record, true});
      write_order.push_back(record.id);
      ++counts.inserted;
      continue;
    }
    Record merged = merge(it->second.record, record);
    if (merged == it->second.record) {
      ++counts.unchanged;
      continue;
    }
    ++counts.updated;
    if (!it->second.dirty) write_order.push_back(record.id);
    it->second.dirty = true;
    it->second.record = std::move(merged);
  }
  std::vector<Record> out;
  out.reserve(write_order.size());
  for (const Key& id : write_order) out.push_back(std::move(slots.at(id).record));
  return out;
}

template <class Record>
std::vector<decltype(Record::id)> ids_of(const std::vector<Record>& records) {
  std::vector<decltype(Record::id)> ids;
  ids.reserve(records.size());
  for (const Record& r : records) ids.push_back(r.id);
  return ids;
}

template <class Record>
std::vector<const Record*> pointers(const std::vector<Record>& records) {
  std::vector<const Record*> out;
  out.reserve(records.size());
  for (const Record& r : records) out.push_back(&r);
  return out;
}

void refuse_if(const std::string& problem) {
  if (!problem.empty()) throw Rejected(StatusCode::invalid_data, problem);
}

// Team and member carry an optional Group that team_problem/member_problem do
// not look at; a value outside the enum must not reach the CHECK constraint.
void check_roster_group(const std::optional<Group>& group, const std::string& who) {
  if (group && to_string(*group) == "unknown") refuse_if(who + ": unknown group");
}

}  // namespace

void validate_member_records(const WriteBatch& batch) {
  for (const MemberVod& vod : batch.member_vods) refuse_if(member_vod_problem(vod));
  for (const Team& team : batch.teams) {
    refuse_if(team_problem(team));
    check_roster_group(team.group, "team " + std::to_string(team.id));
  }
  for (const Member& member : batch.members) {
    refuse_if(member_problem(member));
    check_roster_group(member.group, "member " + std::to_string(member.id));
  }
}

void apply_member_records(pg::Connection& conn, const WriteBatch& batch, UpsertCounts& counts) {
  // No FOR UPDATE: the caller holds the writers' advisory lock (see apply_batch).
  if (!batch.member_vods.empty()) {
    const auto changed = merge_by_id(select_member_vods(conn, ids_of(batch.member_vods)),
                                     batch.member_vods, merge_member_vod, counts);
    upsert_member_vods(conn, pointers(changed));
  }
  const auto replace = [](const auto& /*stored*/, const auto& incoming) { return incoming; };
  if (!batch.teams.empty()) {
    const auto changed =
        merge_by_id(select_teams(conn, ids_of(batch.teams)), batch.teams, replace, counts);
    upsert_teams(conn, pointers(changed));
  }
  if (!batch.members.empty()) {
    const auto changed =
        merge_by_id(select_members(conn, ids_of(batch.members)), batch.members, replace, counts);
    upsert_members(conn, pointers(changed));
  }
}

}  // namespace kvm48::postgres
