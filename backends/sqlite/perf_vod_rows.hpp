#pragma once
// How a PerfVod maps to a row of the `perfvod` table (schema version 2+), and
// the statements that read and write one.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kvm48/records.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

/// The column list every SELECT of whole records uses, in the order
/// read_perf_vod expects.
extern const std::string kPerfVodColumns;

/// Decodes the current row of a statement that selected kPerfVodColumns first.
/// Throws std::runtime_error on a row that breaks the schema's invariants.
PerfVod read_perf_vod(const Statement& row);

/// Inserts `vod` as a new row.
void insert_perf_vod(Connection& db, const PerfVod& vod);

/// Overwrites the stored row with id `vod.id`.
void update_perf_vod(Connection& db, const PerfVod& vod);

/// The stored record with this id, if any.
std::optional<PerfVod> find_perf_vod(Connection& db, std::string_view id);

/// A stored record and the rowid of its row.
struct LocatedPerfVod {
  PerfVod vod;
  std::int64_t rowid = 0;
};

/// find_perf_vod, with the row's rowid.
std::optional<LocatedPerfVod> locate_perf_vod(Connection& db, std::string_view id);

/// The record in the row with this rowid, if there is one.
std::optional<PerfVod> perf_vod_at(Connection& db, std::int64_t rowid);

}  // namespace kvm48::sqlite
