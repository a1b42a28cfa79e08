#include "perf_list.hpp"

#include "api_client.hpp"
#include "wire_json.hpp"

namespace koudai48 {

using nlohmann::json;

PerfList::PerfList(RunServices services, kvm48::Group group)
    : run_(services), group_(group), name_("perf/" + std::to_string(kvm48::app_group_id(group))) {}

kvm48::Status PerfList::fetch_page(const std::string& cursor, std::string& next,
                                   std::vector<ListEntry>& entries) {
  const std::int64_t group_id = kvm48::app_group_id(group_);
  const std::string what =
      "getOpenLiveList groupId " + std::to_string(group_id) + " next " + cursor;
  json content;
  const json body = {{"groupId", group_id}, {"next", cursor}, {"record", true}};
  if (auto status = call_api(run_.context, run_.options, kOpenLiveList, what, body, content);
      !status.ok()) {
    return status;
  }
  try {
    page_ = parse_open_live_page(content, group_, run_.options.resource_base_url);
  } catch (const WireError& e) {
    return {kvm48::StatusCode::invalid_data, what + ": malformed page: " + e.what()};
  }
  next = page_.next;
  for (const auto& item : page_.items) entries.push_back({item.vod.id, item.stime_ms});
  return {};
}

kvm48::Status PerfList::known(std::span<const std::string> ids, std::vector<bool>& known) {
  return run_.context.known().known_perf_vod_ids(ids, known);
}

kvm48::Status PerfList::store(const std::vector<std::size_t>& indexes) {
  std::vector<kvm48::Status> outcomes(indexes.size());
  run_.context.for_each_parallel(indexes.size(), [&](std::size_t i) {
    kvm48::PerfVod& vod = page_.items[indexes[i]].vod;
    const std::string what = "getOpenLiveOne liveId " + vod.id;
    json content;
    outcomes[i] =
        call_api(run_.context, run_.options, kOpenLiveOne, what, {{"liveId", vod.id}}, content);
    if (!outcomes[i].ok()) return;
    try {
      if (!apply_open_live_one(content, run_.options.resource_base_url, vod)) {
        outcomes[i] = {kvm48::StatusCode::invalid_data, what + ": the VOD has no stream"};
      }
    } catch (const WireError& e) {
      outcomes[i] = {kvm48::StatusCode::invalid_data, what + ": malformed answer: " + e.what()};
    }
  });
  return add_complete(run_.problems, outcomes, [&](std::size_t i) {
    return run_.context.sink().add(page_.items[indexes[i]].vod);
  });
}

}  // namespace koudai48
