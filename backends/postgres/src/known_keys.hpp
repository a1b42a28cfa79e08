#pragma once
// Which of a list of text keys have a row: the known_*_ids reads of PostgresBackend.

#include <span>
#include <string>
#include <vector>

#include "pg/pool.hpp"

namespace kvm48::postgres {

/// known[i] is whether `keys[i]` is among the keys that `select_keys` returns.
/// `select_keys` takes the keys as one text array ($1::text[]) and returns the stored
/// ones in its first column, e.g. "SELECT id FROM t WHERE id = ANY($1::text[])".
/// One statement (a consistent snapshot), retried once if the connection broke.
std::vector<bool> known_keys(pg::Pool& pool, const char* select_keys,
                             std::span<const std::string> keys);

}  // namespace kvm48::postgres
