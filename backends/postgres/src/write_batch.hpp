#pragma once
// The body of Backend::write: merge, conflict check and the statements of one
// batch, inside a transaction the caller opened.

#include <string_view>

#include "kvm48/records.hpp"
#include "pg/connection.hpp"

namespace kvm48::postgres {

/// Throws Rejected (invalid_data) for a record perf_vod_problem() (or, for the
/// other kinds, validate_member_records) refuses or for checkpoints without a
/// source. Does no I/O.
void validate_batch(const WriteBatch& batch);

/// Applies `batch` (already validated) on `conn`, inside the caller's transaction,
/// which must hold the writers' advisory lock: reads the stored rows it touches,
/// merges in batch order with merge_perf_vod,
/// refuses an l4c_id another VOD holds (Rejected, conflict), writes the changed
/// rows in one statement, then the member VODs and roster
/// (apply_member_records), then the checkpoints in order, then the run record.
/// Returns the counts. Throws pg::Error on a database failure.
UpsertCounts apply_batch(pg::Connection& conn, const WriteBatch& batch);

}  // namespace kvm48::postgres
