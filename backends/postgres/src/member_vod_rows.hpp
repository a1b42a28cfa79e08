#pragma once
// How a MemberVod maps to a row of the `member_vod` table, and the set-based
// statements that read and write many rows in one round trip.

#include <span>
#include <string>
#include <vector>

#include "kvm48/records.hpp"
#include "pg/connection.hpp"

namespace kvm48::postgres {

/// The column list every SELECT of whole member VODs uses, in the order
/// read_member_vod expects.
extern const char* const kMemberVodColumns;

/// Decodes row `row` of a result that selected kMemberVodColumns first.
/// Throws pg::Error on a row that breaks the schema's invariants.
MemberVod read_member_vod(const pg::Result& result, int row);

/// The stored member VODs among `ids` (any order, each once).
std::vector<MemberVod> select_member_vods(pg::Connection& conn, std::span<const std::string> ids);

/// Inserts or overwrites every record (by id) in one statement. Ids must be distinct.
void upsert_member_vods(pg::Connection& conn, std::span<const MemberVod* const> records);

}  // namespace kvm48::postgres
