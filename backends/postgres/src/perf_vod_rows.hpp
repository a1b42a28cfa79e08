#pragma once
// How a PerfVod maps to a row of the `perfvod` table, and the set-based
// statements that read and write many rows in one round trip.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kvm48/records.hpp"
#include "pg/connection.hpp"

namespace kvm48::postgres {

/// The column list every SELECT of whole records uses, in the order
/// read_perf_vod expects (teams and sources as JSON text).
extern const char* const kPerfVodColumns;

/// Decodes row `row` of a result that selected kPerfVodColumns first.
/// Throws pg::Error on a row that breaks the schema's invariants.
PerfVod read_perf_vod(const pg::Result& result, int row);

/// The stored records among `ids` (any order, each once).
std::vector<PerfVod> select_perf_vods(pg::Connection& conn, std::span<const std::string> ids);

/// Inserts or overwrites every record (by canonical id) in one statement.
/// The ids must be distinct.
void upsert_perf_vods(pg::Connection& conn, std::span<const PerfVod* const> records);

}  // namespace kvm48::postgres
