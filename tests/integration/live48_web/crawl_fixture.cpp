#include "crawl_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include "plugins/plugin_instance.hpp"
#include "plugins/plugin_registry.hpp"

namespace kvm48::test {

std::filesystem::path plugin_dir() {
  return KVM48_TEST_PLUGIN_DIR;
}

namespace {

const host::PluginRegistry& registry() {
  static const host::PluginRegistry instance = [] {
    host::PluginRegistry r;
    r.scan(plugin_dir());
    return r;
  }();
  return instance;
}

}  // namespace

CrawlFixture::CrawlFixture(const sim::test::SimProcess& sim, const std::string& extra_yaml,
                           host::CrawlSettings settings)
    : base_url_("http://127.0.0.1:" + std::to_string(sim.port())) {
  backend_ = host::create_backend_from_yaml(registry(), "sqlite",
                                            "path: " + (dir_.path() / "data.db").string());
  MigrationReport report;
  if (auto status = backend_->open(OpenOptions{}, report); !status.ok()) {
    throw std::runtime_error("sqlite open: " + status.message());
  }
  const auto* plugin = registry().find("live48_web");
  if (plugin == nullptr) throw std::runtime_error("live48_web plugin not loaded");
  source_.name = "live48";
  source_.plugin = plugin->name;
  source_.plugin_version = plugin->version;
  source_.source = host::create_source_from_yaml(
      registry(), "live48_web", "base_url: " + base_url_ + "\n" + extra_yaml, "live48");
  runner_ = std::make_unique<host::CrawlRunner>(*backend_, std::move(settings));
}

host::RunResult CrawlFixture::crawl(const CrawlOptions& options) {
  return runner_->run(source_, options);
}

std::vector<PerfVod> CrawlFixture::stored() const {
  std::vector<PerfVod> out;
  PerfVodRange all;
  all.from = 0;
  all.to = std::int64_t{1} << 40;
  if (auto status = backend_->perf_vods_in_range(all, out); !status.ok()) {
    throw std::runtime_error("range: " + status.message());
  }
  return out;
}

std::vector<Checkpoint> CrawlFixture::checkpoints() const {
  std::vector<Checkpoint> out;
  if (auto status = backend_->get_checkpoints("live48", out); !status.ok()) {
    throw std::runtime_error("checkpoints: " + status.message());
  }
  return out;
}

std::map<std::string, PerfVod> expected_vods(const nlohmann::json& dataset,
                                             const std::vector<std::int64_t>& clubs) {
  std::vector<nlohmann::json> rows;
  for (const auto& row : dataset.at("perfVods")) {
    if (!row.contains("l4cId") || row.value("upcoming", false)) continue;
    const auto club = row.at("club").get<std::int64_t>();
    if (std::find(clubs.begin(), clubs.end(), club) != clubs.end()) rows.push_back(row);
  }
  // Newest page first, as the crawler meets them; the first page of an id wins.
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.at("l4cId").template get<std::int64_t>() > b.at("l4cId").template get<std::int64_t>();
  });
  std::map<std::string, PerfVod> out;
  for (const auto& row : rows) {
    PerfVod vod;
    vod.id = row.at("canonId").get<std::string>();
    if (out.count(vod.id)) continue;
    const auto club = row.at("club").get<std::int64_t>();
    vod.group = static_cast<Group>(club);
    vod.l4c_club_id = club;
    vod.l4c_id = row.at("l4cId").get<std::int64_t>();
    vod.title = row.at("title").get<std::string>();
    vod.subtitle = row.value("subtitle", std::string());
    vod.start_time = row.at("startTime").get<std::int64_t>();
    const auto streams = row.value("streams", nlohmann::json::object());
    const auto stream = [&](const char* key) -> std::optional<std::string> {
      const std::string value = streams.value(key, std::string());
      if (value.empty()) return std::nullopt;
      return value;
    };
    vod.sd_stream = stream("sd");
    vod.hd_stream = stream("hd");
    vod.fhd_stream = stream("fhd");
    vod.sources = {"live48"};
    out.emplace(vod.id, vod);
  }
  return out;
}

void check_same_vods(const std::vector<PerfVod>& stored,
                     const std::map<std::string, PerfVod>& expected) {
  CHECK(stored.size() == expected.size());
  std::size_t mismatches = 0;
  for (const auto& vod : stored) {
    const auto found = expected.find(vod.id);
    if (found == expected.end()) {
      FAIL_CHECK("stored VOD " << vod.id << " (l4c " << vod.l4c_id.value_or(0)
                               << ") is not expected");
      continue;
    }
    const PerfVod& want = found->second;
    INFO("VOD " << vod.id << " l4c " << want.l4c_id.value_or(0));
    CHECK(vod.group == want.group);
    CHECK(vod.l4c_club_id == want.l4c_club_id);
    CHECK(vod.l4c_id == want.l4c_id);
    CHECK(vod.title == want.title);
    CHECK(vod.subtitle == want.subtitle);
    CHECK(vod.start_time == want.start_time);
    CHECK(vod.sd_stream == want.sd_stream);
    CHECK(vod.hd_stream == want.hd_stream);
    CHECK(vod.fhd_stream == want.fhd_stream);
    CHECK(vod.sources == want.sources);
    if (!(vod == want) && ++mismatches > 5) {
      FAIL("more than 5 VODs differ; stopping");
    }
  }
}

std::int64_t served(const sim::test::SimProcess& sim, const std::string& route) {
  const auto stats = sim.control("GET", "/_sim/stats");
  return stats.at("routes").value(route, std::int64_t{0});
}

std::int64_t outcomes(const sim::test::SimProcess& sim, const std::string& outcome) {
  const auto stats = sim.control("GET", "/_sim/stats");
  return stats.at("outcomes").value(outcome, std::int64_t{0});
}

std::int64_t pages_for(std::size_t vods) {
  return static_cast<std::int64_t>((vods + 14) / 15);
}

std::size_t vod_pages_of(const nlohmann::json& dataset, std::int64_t club) {
  std::size_t count = 0;
  for (const auto& row : dataset.at("perfVods")) {
    if (row.contains("l4cId") && !row.value("upcoming", false) &&
        row.at("club").get<std::int64_t>() == club) {
      ++count;
    }
  }
  return count;
}

std::size_t shadowed_pages(const nlohmann::json& dataset, const std::vector<std::int64_t>& clubs) {
  std::size_t pages = 0;
  for (const auto& row : dataset.at("perfVods")) {
    if (!row.contains("l4cId") || row.value("upcoming", false)) continue;
    const auto club = row.at("club").get<std::int64_t>();
    if (std::find(clubs.begin(), clubs.end(), club) != clubs.end()) ++pages;
  }
  return pages - expected_vods(dataset, clubs).size();
}

}  // namespace kvm48::test
