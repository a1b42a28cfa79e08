#include "perf_answers.hpp"

#include "resource_url.hpp"
#include "wire_json.hpp"

namespace koudai48 {

using nlohmann::json;

namespace {

std::vector<kvm48::TeamRef> read_teams(const json& item) {
  std::vector<kvm48::TeamRef> teams;
  if (!item.contains("teamList") || item.at("teamList").is_null()) return teams;
  for (const json& team : array(item, "teamList")) {
    teams.push_back({integer(team, "teamId"), text(team, "teamName")});
  }
  return teams;
}

OpenLiveItem read_item(const json& item, kvm48::Group group, std::string_view resource_base) {
  OpenLiveItem out;
  kvm48::PerfVod& vod = out.vod;
  vod.id = text(item, "liveId");
  try {
    vod.group = group;
    vod.title = text(item, "title");
    if (auto subtitle = optional_text(item, "subTitle"); subtitle && !subtitle->empty()) {
      vod.subtitle = std::move(subtitle);
    }
    out.stime_ms = integer(item, "stime");
    vod.start_time = out.stime_ms / 1000;
    vod.cover_url = resolve_resource(resource_base, optional_text(item, "coverPath").value_or(""));
    vod.teams = read_teams(item);
  } catch (const WireError& e) {
    throw WireError("liveId " + vod.id + ": " + e.what());
  }
  return out;
}

}  // namespace

OpenLivePage parse_open_live_page(const json& content, kvm48::Group group,
                                  std::string_view resource_base) {
  OpenLivePage page;
  page.next = optional_text(content, "next").value_or("");
  const json& list = array(content, "liveList");
  for (std::size_t i = 0; i < list.size(); ++i) {
    try {
      page.items.push_back(read_item(list[i], group, resource_base));
    } catch (const WireError& e) {
      throw WireError("liveList[" + std::to_string(i) + "]: " + e.what());
    }
  }
  return page;
}

bool apply_open_live_one(const json& content, std::string_view resource_base, kvm48::PerfVod& vod) {
  if (!content.contains("playStreams") || content.at("playStreams").is_null()) return false;
  for (const json& stream : array(content, "playStreams")) {
    const std::string name = optional_text(stream, "streamName").value_or("");
    auto url = resolve_resource(resource_base, optional_text(stream, "streamPath").value_or(""));
    if (!url) continue;
    if (name == "标清") {
      vod.sd_stream = std::move(url);
    } else if (name == "高清") {
      vod.hd_stream = std::move(url);
    } else if (name == "超清") {
      vod.fhd_stream = std::move(url);
    }
  }
  return vod.sd_stream || vod.hd_stream || vod.fhd_stream;
}

}  // namespace koudai48
