#pragma once
// The read side for member VODs and the roster: as queries.hpp, each function
// runs on one read connection inside one read transaction (a WAL snapshot).

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kvm48/backend.hpp"
#include "sqlite_db.hpp"

namespace kvm48::sqlite {

std::vector<std::optional<MemberVod>> member_vods_by_id(Connection& db,
                                                        std::span<const std::string> ids);
std::vector<MemberVod> member_vods_in_range(Connection& db, const MemberVodRange& range);
std::vector<bool> known_member_vods(Connection& db, std::span<const std::string> ids);
std::vector<Member> members_matching(Connection& db, const MemberFilter& filter);
std::vector<Team> all_teams(Connection& db);

}  // namespace kvm48::sqlite
