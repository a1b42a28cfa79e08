// The member VOD and roster fixture, written through the real sqlite backend plugin.

#include "member_fixture.hpp"

#include <stdexcept>
#include <utility>

#include "loaded_backend.hpp"

namespace kvm48::test {
namespace {

Team team(std::int64_t id, std::string name, std::int64_t app_group, std::string color,
          bool active) {
  Team t;
  t.id = id;
  t.name = std::move(name);
  t.app_group_id = app_group;
  t.group = group_from_app_group_id(app_group);
  t.color = std::move(color);
  t.active = active;
  return t;
}

Member member(std::int64_t id, std::string name, std::int64_t app_group,
              std::optional<TeamRef> team_ref, std::int64_t status) {
  Member m;
  m.id = id;
  m.name = std::move(name);
  m.app_group_id = app_group;
  m.group = group_from_app_group_id(app_group);
  m.team = std::move(team_ref);
  m.status = status;
  return m;
}

MemberVod vod(std::string id, std::int64_t member_id, std::string member_name,
              std::int64_t app_group, std::optional<TeamRef> team_ref, MemberVodType type,
              std::int64_t start_time_ms) {
  MemberVod v;
  v.id = std::move(id);
  v.member_id = member_id;
  v.member_name = std::move(member_name);
  v.app_group_id = app_group;
  v.group = group_from_app_group_id(app_group);
  v.team = std::move(team_ref);
  v.type = type;
  v.title = v.member_name + "的直播间";
  v.start_time_ms = start_time_ms;
  return v;
}

std::vector<MemberVod> fixture_vods() {
  const std::int64_t ms = kFixtureHour * 1000;
  const TeamRef sii{1001, "TEAM SII"};
  std::vector<MemberVod> vods = {
      vod("1043212306789134336", 35, "莫寒", 10, sii, MemberVodType::live, ms + 123),
      vod("1043212306789134337", 36, "戴萌", 10, sii, MemberVodType::radio, ms + 123),
      vod("999999999999999999", 459, "谢蕾蕾", 12, TeamRef{1201, "TEAM G"}, MemberVodType::live,
          ms - 1),
      vod("1043212306789134400", 35, "莫寒", 10, sii, MemberVodType::live, ms + 3600 * 1000),
      vod("1043212306789134500", 6001, "李清扬", 15, std::nullopt, MemberVodType::radio,
          ms + 7200 * 1000 + 999),
      vod("1043212306789134600", 5973, "王晓佳", 10, TeamRef{1099, "TEAM FT"}, MemberVodType::live,
          ms + 10800 * 1000),
  };
  vods[0].title = "莫寒的生日直播";
  vods[0].vod_url = "https://mp4.48.cn/live/1043212306789134336.m3u8";
  vods[0].danmaku_url = "https://source.48.cn/mediasource/live/lrc/1043212306789134336.lrc";
  vods[0].cover_url = "https://source.48.cn/mediasource/live/1043212306789134336.jpg";
  return vods;
}

}  // namespace

void write_member_fixture(const std::string& path) {
  LoadedBackend backend = open_backend("sqlite", "path: \"" + path + "\"\n");
  WriteBatch batch;
  batch.source = "fixture";
  batch.member_vods = fixture_vods();
  batch.teams = {team(1002, "TEAM NII", 10, "AE86BB", true),
                 team(1001, "TEAM SII", 10, "90CCEA", true),
                 team(1201, "TEAM G", 12, "A1D47A", false), team(1501, "IDFT", 15, "FFFFFF", true)};
  Member mohan = member(35, "莫寒", 10, TeamRef{1001, "TEAM SII"}, 3);
  mohan.pinyin = "mohan";
  mohan.join_date = "2012-10-14";
  mohan.avatar_url = "https://source.48.cn/avatar/35.jpg";
  batch.members = {member(459, "谢蕾蕾", 12, TeamRef{1201, "TEAM G"}, 1), mohan,
                   member(36, "戴萌", 10, TeamRef{1001, "TEAM SII"}, 1),
                   member(5973, "王晓佳", 10, TeamRef{1099, "TEAM FT"}, 2),
                   member(6001, "李清扬", 15, std::nullopt, 1)};
  UpsertCounts counts;
  if (Status status = backend->write(batch, counts); !status.ok()) {
    throw std::runtime_error("writing the member fixture failed: " + status.message());
  }
}

void write_crawl_run(const std::string& path, const CrawlRun& run) {
  LoadedBackend backend = open_backend("sqlite", "path: \"" + path + "\"\n");
  WriteBatch batch;
  batch.source = run.source;
  batch.run = run;
  UpsertCounts counts;
  if (Status status = backend->write(batch, counts); !status.ok()) {
    throw std::runtime_error("writing a crawl run failed: " + status.message());
  }
}

}  // namespace kvm48::test
