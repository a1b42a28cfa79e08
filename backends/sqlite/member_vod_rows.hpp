#pragma once
// How a MemberVod maps to a row of the `member_vod` table (schema version 4+),
// and the statements that read and write one.

#include <optional>
#include <string>
#include <string_view>

#include "kvm48/records.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

/// The column list every SELECT of whole member VODs uses, in the order
/// read_member_vod expects.
extern const std::string kMemberVodColumns;

/// Decodes the current row of a statement that selected kMemberVodColumns first.
/// Throws std::runtime_error on a row that breaks the schema's invariants.
MemberVod read_member_vod(const Statement& row);

/// The stored member VOD with this id, if any.
std::optional<MemberVod> find_member_vod(Connection& db, std::string_view id);

/// Inserts `vod`, or overwrites the stored row with its id.
void put_member_vod(Connection& db, const MemberVod& vod);

}  // namespace kvm48::sqlite
