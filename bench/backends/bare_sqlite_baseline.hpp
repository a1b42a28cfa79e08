#pragma once
// The baseline the sqlite backend's ingest is compared with: a bare sqlite3
// prepared-statement INSERT loop into the same table layout, same indexes, same
// journal settings and the same batches (one transaction per batch).

#include <cstdint>
#include <string>

namespace kvm48::bench {

/// Inserts `rows` synthetic VODs into a new database at `path` in batches of
/// `batch_size`; returns the elapsed seconds.
double bare_sqlite_insert_seconds(const std::string& path, std::int64_t rows,
                                  std::int64_t batch_size);

}  // namespace kvm48::bench
