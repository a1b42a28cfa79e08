#pragma once
// The SQLite schema as numbered migrations, and the code that applies them.
//
// Migration 1 is the original Python server's schema, verbatim, so a database it
// wrote is simply "at version 1": it is adopted (its peewee `migratehistory` table
// is left alone) and migrated forward like any other.

#include <cstdint>

#include "kvm48/backend.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

/// The number of the newest migration this build knows.
std::uint32_t latest_schema_version() noexcept;

/// Brings the database on `connection` to the latest version, one transaction per
/// migration (BEGIN IMMEDIATE, so two processes opening at once apply each
/// migration once). Fills `report`. With `apply` false, only inspects: throws if
/// migrations are pending. Throws sqlite::Error, or Rejected (unavailable), with
/// `report` filled as far as it got, on a database this build cannot use (newer
/// schema, unknown `perfvod` layout, legacy rows it cannot convert).
void migrate(Connection& connection, bool apply, MigrationReport& report);

}  // namespace kvm48::sqlite
