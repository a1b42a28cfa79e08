#pragma once
// Numbered schema migrations, recorded in the database, applied under a lock.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pg/connection.hpp"

namespace kvm48::pg {

/// One step of the schema. `number`s start at 1 and increase by one; a published
/// migration is never edited, only followed by a new one.
struct Migration {
  std::uint32_t number;
  const char* name;         ///< e.g. "perfvod_v2"
  const char* description;  ///< one line for `kvm48-server migrate`
  const char* sql;          ///< one or more statements; runs with search_path = the schema
};

struct MigrationOutcome {
  std::uint32_t version_before = 0;  ///< 0: nothing of ours in the schema
  std::uint32_t version_after = 0;
  std::vector<const Migration*> applied;  ///< by this call, in order
};

/// Brings `schema` (created if missing) up to the last of `migrations`, in one
/// transaction, recording each step in the table `kvm48_schema_migrations`.
/// With `apply` false it only checks, and changes nothing.
///
/// `guard_table` is a table only our migrations create: if it exists while the
/// history table does not, the schema holds someone else's data and is refused.
///
/// Concurrency: holds a transaction-scoped advisory lock keyed by the schema name
/// while it runs, so instances starting together apply each step exactly once
/// (the second waits, then finds nothing to do).
/// Failure: throws pg::Error (nothing applied): a database newer than this build,
/// a schema that is not ours, pending steps when `apply` is false, a failed step.
MigrationOutcome migrate(Connection& conn, std::string_view schema,
                         std::span<const Migration> migrations, std::string_view guard_table,
                         bool apply);

/// SQL expression for the advisory-lock key of a purpose ("migrate", "crawl",
/// "write") in a schema, with $1 = schema and $2 = purpose. The server hashes the
/// text, so every instance and version computes the same key.
inline constexpr const char* kLockKeySql = "hashtextextended('kvm48:' || $1 || ':' || $2, 0)";

}  // namespace kvm48::pg
