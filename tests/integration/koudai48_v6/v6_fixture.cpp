#include "v6_fixture.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>

#include "plugins/plugin_instance.hpp"
#include "plugins/plugin_registry.hpp"

namespace kvm48::test {

namespace {

const host::PluginRegistry& registry() {
  static const host::PluginRegistry instance = [] {
    host::PluginRegistry r;
    r.scan(KVM48_TEST_PLUGIN_DIR);
    return r;
  }();
  return instance;
}

host::SourceInstance make_source(const std::string& plugin_name, const std::string& instance,
                                 const std::string& yaml) {
  const auto* plugin = registry().find(plugin_name);
  if (plugin == nullptr) throw std::runtime_error(plugin_name + " plugin not loaded");
  host::SourceInstance source;
  source.name = instance;
  source.plugin = plugin->name;
  source.plugin_version = plugin->version;
  source.source = host::create_source_from_yaml(registry(), plugin_name, yaml, instance);
  return source;
}

/// Independent of the plugin's urljoin: the dataset's paths are absolute URLs or
/// site-relative paths starting with '/'.
std::optional<std::string> resolved(const std::string& path) {
  if (path.empty()) return std::nullopt;
  if (path.rfind("http://", 0) == 0 || path.rfind("https://", 0) == 0) return path;
  REQUIRE(path.front() == '/');
  return kResourceBase + path.substr(1);
}

std::optional<std::string> non_empty(const nlohmann::json& row, const char* key) {
  const std::string value = row.value(key, std::string());
  if (value.empty()) return std::nullopt;
  return value;
}

std::optional<Group> group_of(std::int64_t app_group) {
  return group_from_app_group_id(app_group);
}

std::map<std::int64_t, nlohmann::json> by_id(const nlohmann::json& rows, const char* key) {
  std::map<std::int64_t, nlohmann::json> out;
  for (const auto& row : rows) out.emplace(row.at(key).get<std::int64_t>(), row);
  return out;
}

}  // namespace

V6Fixture::V6Fixture(const sim::test::SimProcess& sim, const std::string& extra_yaml,
                     host::CrawlSettings settings)
    : base_url_("http://127.0.0.1:" + std::to_string(sim.port())) {
  // SQLite by default; with KVM48_V6_TEST_PG_URI set, the same suite runs against
  // PostgreSQL (a fresh schema per fixture), to check the plugin on both backends.
  if (const char* pg = std::getenv("KVM48_V6_TEST_PG_URI"); pg && *pg) {
    std::random_device random;
    backend_plugin_ = "postgres";
    backend_yaml_ = std::string("uri: ") + pg + "\nschema: v6t" + std::to_string(random()) + "\n";
  } else {
    backend_yaml_ = "path: " + (dir_.path() / "data.db").string() + "\n";
  }
  backend_ = host::create_backend_from_yaml(registry(), backend_plugin_, backend_yaml_);
  MigrationReport report;
  if (auto status = backend_->open(OpenOptions{}, report); !status.ok()) {
    throw std::runtime_error("backend open: " + status.message());
  }
  source_yaml_ =
      "api_base_url: " + base_url_ + "\nresource_base_url: " + kResourceBase + "\n" + extra_yaml;
  source_ = make_source("koudai48_v6", kSourceName, source_yaml_);
  settings_ = std::move(settings);
  renew_runner();
}

host::RunResult V6Fixture::crawl(const CrawlOptions& options) {
  return runner_->run(source_, options);
}

host::RunResult V6Fixture::crawl_live48(const std::string& extra_yaml,
                                        const CrawlOptions& options) {
  const auto live48 =
      make_source("live48_web", "live48", "base_url: " + base_url_ + "\n" + extra_yaml);
  return runner_->run(live48, options);
}

std::vector<PerfVod> V6Fixture::perf_vods() const {
  std::vector<PerfVod> out;
  PerfVodRange all;
  all.to = std::int64_t{1} << 40;
  if (auto status = backend_->perf_vods_in_range(all, out); !status.ok()) {
    throw std::runtime_error("perf range: " + status.message());
  }
  return out;
}

std::vector<MemberVod> V6Fixture::member_vods() const {
  std::vector<MemberVod> out;
  MemberVodRange all;
  all.to = std::int64_t{1} << 40;
  if (auto status = backend_->member_vods_in_range(all, out); !status.ok()) {
    throw std::runtime_error("member range: " + status.message());
  }
  return out;
}

std::vector<Team> V6Fixture::teams() const {
  std::vector<Team> out;
  if (auto status = backend_->get_teams(out); !status.ok()) {
    throw std::runtime_error("teams: " + status.message());
  }
  return out;
}

std::vector<Member> V6Fixture::members() const {
  std::vector<Member> out;
  if (auto status = backend_->get_members(MemberFilter{}, out); !status.ok()) {
    throw std::runtime_error("members: " + status.message());
  }
  return out;
}

std::map<std::string, std::string> V6Fixture::checkpoints() const {
  std::vector<Checkpoint> stored;
  if (auto status = backend_->get_checkpoints(kSourceName, stored); !status.ok()) {
    throw std::runtime_error("checkpoints: " + status.message());
  }
  std::map<std::string, std::string> out;
  for (const auto& c : stored) out.emplace(c.key, c.value.value_or(""));
  return out;
}

nlohmann::json dataset_of(const sim::test::SimProcess& sim) {
  return sim.control("GET", "/_sim/dataset");
}

std::map<std::string, PerfVod> expected_perf_vods(const nlohmann::json& dataset,
                                                  const std::set<std::int64_t>& app_groups) {
  const auto teams = by_id(dataset.at("teams"), "teamId");
  std::map<std::string, PerfVod> out;
  for (const auto& row : dataset.at("perfVods")) {
    if (!row.value("inApi", false) || row.value("upcoming", false)) continue;
    const auto group = static_cast<Group>(row.at("club").get<std::int64_t>());
    if (!app_groups.count(app_group_id(group))) continue;
    PerfVod vod;
    vod.id = row.at("canonId").get<std::string>();
    vod.group = group;
    vod.title = row.at("title").get<std::string>();
    vod.start_time = row.at("startTime").get<std::int64_t>();
    const auto streams = row.value("streams", nlohmann::json::object());
    vod.sd_stream = non_empty(streams, "sd");
    vod.hd_stream = non_empty(streams, "hd");
    vod.fhd_stream = non_empty(streams, "fhd");
    vod.cover_url = resolved(row.value("coverPath", std::string()));
    for (const auto& id : row.value("teamIds", nlohmann::json::array())) {
      vod.teams.push_back({id.get<std::int64_t>(),
                           teams.at(id.get<std::int64_t>()).at("teamName").get<std::string>()});
    }
    vod.sources = {kSourceName};
    out.emplace(vod.id, vod);
  }
  return out;
}

std::map<std::int64_t, Team> expected_teams(const nlohmann::json& dataset) {
  std::map<std::int64_t, Team> out;
  for (const auto& row : dataset.at("teams")) {
    Team team;
    team.id = row.at("teamId").get<std::int64_t>();
    team.name = row.at("teamName").get<std::string>();
    team.app_group_id = row.at("groupId").get<std::int64_t>();
    team.group = group_of(team.app_group_id);
    team.color = non_empty(row, "teamColor");
    team.active = row.value("active", true);
    out.emplace(team.id, team);
  }
  return out;
}

std::map<std::int64_t, Member> expected_members(const nlohmann::json& dataset) {
  const auto teams = by_id(dataset.at("teams"), "teamId");
  std::map<std::int64_t, Member> out;
  for (const auto& row : dataset.at("members")) {
    Member member;
    member.id = row.at("userId").get<std::int64_t>();
    member.name = row.at("realName").get<std::string>();
    member.pinyin = non_empty(row, "pinyin");
    member.app_group_id = row.at("groupId").get<std::int64_t>();
    member.group = group_of(member.app_group_id);
    if (const auto team_id = row.value("teamId", std::int64_t{0}); team_id != 0) {
      member.team = TeamRef{team_id, teams.at(team_id).at("teamName").get<std::string>()};
    }
    member.join_date = non_empty(row, "joinTime");
    member.status = row.value("status", std::int64_t{1});
    member.avatar_url = resolved(row.value("avatar", std::string()));
    out.emplace(member.id, member);
  }
  return out;
}

std::map<std::string, MemberVod> expected_member_vods(const nlohmann::json& dataset,
                                                      const std::set<std::int64_t>& app_groups) {
  const auto members = expected_members(dataset);
  std::map<std::string, MemberVod> out;
  for (const auto& row : dataset.at("memberVods")) {
    const Member& member = members.at(row.at("userId").get<std::int64_t>());
    if (!app_groups.count(member.app_group_id)) continue;
    MemberVod vod;
    vod.id = row.at("liveId").get<std::string>();
    vod.member_id = member.id;
    vod.member_name = member.name;
    vod.group = member.group;
    vod.app_group_id = member.app_group_id;
    vod.team = member.team;
    vod.type = row.at("type") == "live" ? MemberVodType::live : MemberVodType::radio;
    vod.title = row.at("title").get<std::string>();
    vod.start_time_ms = row.at("ctime").get<std::int64_t>();
    vod.vod_url = resolved(row.at("playStreamPath").get<std::string>());
    vod.danmaku_url = resolved(row.value("msgFilePath", std::string()));
    vod.cover_url = resolved(row.value("coverPath", std::string()));
    out.emplace(vod.id, vod);
  }
  return out;
}

namespace {

template <class Record, class Key, class Compare>
void check_records(const std::vector<Record>& stored, const std::map<Key, Record>& want,
                   const char* what, Compare compare_fields) {
  CHECK(stored.size() == want.size());
  std::size_t mismatches = 0;
  for (const auto& record : stored) {
    const auto found = want.find(record.id);
    if (found == want.end()) {
      FAIL_CHECK(what << " " << record.id << " is stored but not expected");
      continue;
    }
    INFO(what << " " << record.id);
    compare_fields(record, found->second);
    if (!(record == found->second) && ++mismatches > 5) FAIL("more than 5 records differ");
  }
}

}  // namespace

void check_same(const std::vector<PerfVod>& stored, const std::map<std::string, PerfVod>& want) {
  check_records(stored, want, "perf VOD", [](const PerfVod& got, const PerfVod& w) {
    CHECK(got.group == w.group);
    CHECK(got.l4c_club_id == w.l4c_club_id);
    CHECK(got.l4c_id == w.l4c_id);
    CHECK(got.title == w.title);
    CHECK(got.subtitle == w.subtitle);
    CHECK(got.start_time == w.start_time);
    CHECK(got.sd_stream == w.sd_stream);
    CHECK(got.hd_stream == w.hd_stream);
    CHECK(got.fhd_stream == w.fhd_stream);
    CHECK(got.cover_url == w.cover_url);
    CHECK(got.teams == w.teams);
    CHECK(got.sources == w.sources);
  });
}

void check_same(const std::vector<MemberVod>& stored,
                const std::map<std::string, MemberVod>& want) {
  check_records(stored, want, "member VOD", [](const MemberVod& got, const MemberVod& w) {
    CHECK(got.member_id == w.member_id);
    CHECK(got.member_name == w.member_name);
    CHECK(got.group == w.group);
    CHECK(got.app_group_id == w.app_group_id);
    CHECK(got.team == w.team);
    CHECK(got.type == w.type);
    CHECK(got.title == w.title);
    CHECK(got.start_time_ms == w.start_time_ms);
    CHECK(got.vod_url == w.vod_url);
    CHECK(got.danmaku_url == w.danmaku_url);
    CHECK(got.cover_url == w.cover_url);
  });
}

void check_same(const std::vector<Team>& stored, const std::map<std::int64_t, Team>& want) {
  check_records(stored, want, "team", [](const Team& got, const Team& w) {
    CHECK(got.name == w.name);
    CHECK(got.app_group_id == w.app_group_id);
    CHECK(got.group == w.group);
    CHECK(got.color == w.color);
    CHECK(got.active == w.active);
  });
}

void check_same(const std::vector<Member>& stored, const std::map<std::int64_t, Member>& want) {
  check_records(stored, want, "member", [](const Member& got, const Member& w) {
    CHECK(got.name == w.name);
    CHECK(got.pinyin == w.pinyin);
    CHECK(got.app_group_id == w.app_group_id);
    CHECK(got.group == w.group);
    CHECK(got.team == w.team);
    CHECK(got.join_date == w.join_date);
    CHECK(got.status == w.status);
    CHECK(got.avatar_url == w.avatar_url);
  });
}

void check_complete(const V6Fixture& fixture, const sim::test::SimProcess& sim,
                    const std::set<std::int64_t>& app_groups) {
  const auto dataset = dataset_of(sim);
  check_same(fixture.teams(), expected_teams(dataset));
  check_same(fixture.members(), expected_members(dataset));
  check_same(fixture.perf_vods(), expected_perf_vods(dataset, app_groups));
  check_same(fixture.member_vods(), expected_member_vods(dataset, app_groups));
}

std::int64_t served(const sim::test::SimProcess& sim, const std::string& route) {
  const auto stats = sim.control("GET", "/_sim/stats");
  return stats.at("routes").value(route, std::int64_t{0});
}

std::int64_t outcomes(const sim::test::SimProcess& sim, const std::string& outcome) {
  const auto stats = sim.control("GET", "/_sim/stats");
  return stats.at("outcomes").value(outcome, std::int64_t{0});
}

void add_fault(const sim::test::SimProcess& sim, const nlohmann::json& rule) {
  sim.control("POST", "/_sim/faults", nlohmann::json::array({rule}));
}

void reset_stats(const sim::test::SimProcess& sim) {
  sim.control("DELETE", "/_sim/stats");
}

std::int64_t open_live_pages(std::size_t items) {
  const auto n = static_cast<std::int64_t>(items);
  const std::int64_t with_items = n == 0 ? 0 : n <= 20 ? 1 : 1 + (n - 20 + 18) / 19;
  return with_items + 1;
}

std::int64_t live_pages(std::size_t items) {
  return (static_cast<std::int64_t>(items) + 19) / 20 + 1;
}

}  // namespace kvm48::test
