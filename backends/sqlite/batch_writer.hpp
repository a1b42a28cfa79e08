#pragma once
// Writes one WriteBatch in one transaction (the writer side of the backend).

#include "kvm48/records.hpp"
#include "rejected.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

/// Checks every part of `batch` without touching the database. Throws Rejected (invalid_data).
void validate_batch(const WriteBatch& batch);

/// Commits `batch` on the writer connection (BEGIN IMMEDIATE ... COMMIT) and
/// returns what it did to the records (every kind). All or nothing: throws (Rejected:
/// invalid_data or conflict; sqlite::Error) with the transaction rolled back.
UpsertCounts write_batch(Connection& db, const WriteBatch& batch);

}  // namespace kvm48::sqlite
