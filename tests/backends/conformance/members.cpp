#include "members.hpp"

#include <catch2/catch.hpp>

namespace kvm48::test {

MemberVod member_vod(std::string id, std::int64_t member_id, std::int64_t start_time_ms) {
  MemberVod v;
  v.id = std::move(id);
  v.member_id = member_id;
  v.member_name = "member " + std::to_string(member_id);
  v.group = Group::snh48;
  v.app_group_id = app_group_id(Group::snh48);
  v.type = MemberVodType::live;
  v.title = "stream " + v.id;
  v.start_time_ms = start_time_ms;
  return v;
}

MemberVod full_member_vod(std::string id, std::int64_t member_id, std::int64_t start_time_ms) {
  MemberVod v = member_vod(std::move(id), member_id, start_time_ms);
  v.member_name = "莫寒";
  v.team = TeamRef{1001, "TEAM SII"};
  v.title = "莫寒的直播间";
  v.vod_url = "https://cychengyuan-vod.48.cn/live/" + v.id + ".m3u8";
  v.danmaku_url = "https://source.48.cn/mediasource/live/lrc/" + v.id + ".lrc";
  v.cover_url = "https://source.48.cn/mediasource/live/" + v.id + ".jpg";
  return v;
}

Team team(std::int64_t id, std::string name, Group group) {
  Team t;
  t.id = id;
  t.name = std::move(name);
  t.group = group;
  t.app_group_id = app_group_id(group);
  return t;
}

Member member(std::int64_t id, std::string name, std::optional<Group> group,
              std::optional<TeamRef> team) {
  Member m;
  m.id = id;
  m.name = std::move(name);
  m.group = group;
  m.app_group_id = group ? app_group_id(*group) : 15;
  m.team = std::move(team);
  return m;
}

WriteBatch member_vod_batch(std::vector<MemberVod> vods, std::string source) {
  WriteBatch batch;
  batch.source = std::move(source);
  batch.member_vods = std::move(vods);
  return batch;
}

WriteBatch roster_batch(std::vector<Team> teams, std::vector<Member> members, std::string source) {
  WriteBatch batch;
  batch.source = std::move(source);
  batch.teams = std::move(teams);
  batch.members = std::move(members);
  return batch;
}

std::vector<std::string> member_vod_ids(const std::vector<MemberVod>& vods) {
  std::vector<std::string> ids;
  for (const MemberVod& v : vods) ids.push_back(v.id);
  return ids;
}

std::vector<std::int64_t> member_ids(const std::vector<Member>& members) {
  std::vector<std::int64_t> ids;
  for (const Member& m : members) ids.push_back(m.id);
  return ids;
}

std::optional<MemberVod> get_member_vod(Backend& backend, const std::string& id) {
  std::vector<std::optional<MemberVod>> out;
  const std::vector<std::string> ids = {id};
  const Status status = backend.get_member_vods(ids, out);
  INFO(status.message());
  REQUIRE(status.ok());
  REQUIRE(out.size() == 1);
  return out[0];
}

std::vector<MemberVod> member_vods_in(Backend& backend, const MemberVodRange& range) {
  std::vector<MemberVod> out;
  const Status status = backend.member_vods_in_range(range, out);
  INFO(status.message());
  REQUIRE(status.ok());
  return out;
}

std::vector<Member> members_where(Backend& backend, const MemberFilter& filter) {
  std::vector<Member> out;
  const Status status = backend.get_members(filter, out);
  INFO(status.message());
  REQUIRE(status.ok());
  return out;
}

std::vector<Team> all_teams(Backend& backend) {
  std::vector<Team> out;
  const Status status = backend.get_teams(out);
  INFO(status.message());
  REQUIRE(status.ok());
  return out;
}

BackendStatistics statistics_of(Backend& backend) {
  BackendStatistics out;
  const Status status = backend.statistics(out);
  INFO(status.message());
  REQUIRE(status.ok());
  return out;
}

}  // namespace kvm48::test
