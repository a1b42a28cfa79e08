#pragma once
// The part of Backend::write for member VODs and the roster: checks, merges and
// the set-based upserts, inside the caller's transaction.

#include "kvm48/records.hpp"
#include "pg/connection.hpp"

namespace kvm48::postgres {

/// Throws Rejected (invalid_data) for a record member_vod_problem(),
/// team_problem() or member_problem() refuses, or a team or member whose group is
/// outside the enum. Does no I/O.
void validate_member_records(const WriteBatch& batch);

/// Upserts the batch's member VODs (merge_member_vod), teams and members
/// (replaced) on `conn`, inside the caller's transaction that holds the writers'
/// advisory lock: reads the stored rows, merges in batch order, writes only the
/// changed rows, one statement per kind. Adds to `counts`. Throws pg::Error.
void apply_member_records(pg::Connection& conn, const WriteBatch& batch, UpsertCounts& counts);

}  // namespace kvm48::postgres
