#pragma once
// The postgres backend's schema: the same tables, columns and migration numbers
// as the sqlite backend (backends/sqlite/schema.cpp), in PostgreSQL types.

#include <span>

#include "migrate.hpp"

namespace kvm48::postgres {

/// Every migration, in order. Numbers and names match the sqlite backend's, so
/// `kvm48-server migrate` reports the same steps for either backend.
std::span<const pg::Migration> migrations() noexcept;

/// A table only these migrations create (see pg::migrate's guard_table).
inline constexpr const char* kGuardTable = "perfvod";

}  // namespace kvm48::postgres
