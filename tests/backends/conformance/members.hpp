#pragma once
// Member VODs and roster entries for the conformance cases: builders and
// lookups that fail the case on a non-ok status.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kvm48/backend.hpp"

namespace kvm48::test {

/// A member VOD with the required fields set (SNH48, live, app group 10) and no
/// optional ones.
MemberVod member_vod(std::string id, std::int64_t member_id, std::int64_t start_time_ms);

/// A member VOD as the app API describes it in full (every optional field set).
MemberVod full_member_vod(std::string id, std::int64_t member_id, std::int64_t start_time_ms);

/// A team of an archived group (app group id derived from the group).
Team team(std::int64_t id, std::string name, Group group);

/// A member of `group`, in `team` if given.
Member member(std::int64_t id, std::string name, std::optional<Group> group,
              std::optional<TeamRef> team = std::nullopt);

/// A batch of these member VODs from `source`.
WriteBatch member_vod_batch(std::vector<MemberVod> vods, std::string source = "test_source");

/// A batch of these roster entries from `source`.
WriteBatch roster_batch(std::vector<Team> teams, std::vector<Member> members,
                        std::string source = "test_source");

/// A member VOD range query built up with filters, e.g.
/// `MemberVodQuery(from, to).member(35).limit(3)` (a designated initializer
/// would trip -Wmissing-field-initializers on GCC 12).
class MemberVodQuery {
 public:
  MemberVodQuery(std::int64_t from, std::int64_t to) {
    range_.from = from;
    range_.to = to;
  }
  MemberVodQuery& group(Group group) { return range_.group = group, *this; }
  MemberVodQuery& member(std::int64_t member_id) { return range_.member_id = member_id, *this; }
  MemberVodQuery& type(MemberVodType type) { return range_.type = type, *this; }
  MemberVodQuery& limit(std::size_t limit) { return range_.limit = limit, *this; }
  operator const MemberVodRange&() const noexcept { return range_; }  // NOLINT: implicit on purpose

 private:
  MemberVodRange range_;
};

/// The ids of these member VODs, in order.
std::vector<std::string> member_vod_ids(const std::vector<MemberVod>& vods);
/// The ids of these members, in order.
std::vector<std::int64_t> member_ids(const std::vector<Member>& members);

/// get_member_vods for one id.
std::optional<MemberVod> get_member_vod(Backend& backend, const std::string& id);
/// member_vods_in_range.
std::vector<MemberVod> member_vods_in(Backend& backend, const MemberVodRange& range);
/// get_members.
std::vector<Member> members_where(Backend& backend, const MemberFilter& filter);
/// get_teams.
std::vector<Team> all_teams(Backend& backend);
/// statistics.
BackendStatistics statistics_of(Backend& backend);

}  // namespace kvm48::test
