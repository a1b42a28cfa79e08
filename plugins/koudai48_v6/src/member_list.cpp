#include "member_list.hpp"

#include "api_client.hpp"
#include "wire_json.hpp"

namespace koudai48 {

using nlohmann::json;

MemberList::MemberList(RunServices services, kvm48::Group group)
    : run_(services),
      group_(group),
      name_("member/" + std::to_string(kvm48::app_group_id(group))) {}

kvm48::Status MemberList::fetch_page(const std::string& cursor, std::string& next,
                                     std::vector<ListEntry>& entries) {
  const std::int64_t group_id = kvm48::app_group_id(group_);
  const std::string what = "getLiveList groupId " + std::to_string(group_id) + " next " + cursor;
  json content;
  const json body = {{"groupId", group_id}, {"next", cursor}, {"record", true}};
  if (auto status = call_api(run_.context, run_.options, kLiveList, what, body, content);
      !status.ok()) {
    return status;
  }
  try {
    page_ = parse_live_page(content, run_.options.resource_base_url);
  } catch (const WireError& e) {
    return {kvm48::StatusCode::invalid_data, what + ": malformed page: " + e.what()};
  }
  next = page_.next;
  for (const auto& item : page_.items) entries.push_back({item.vod.id, item.vod.start_time_ms});
  return {};
}

kvm48::Status MemberList::known(std::span<const std::string> ids, std::vector<bool>& known) {
  return run_.context.known().known_member_vod_ids(ids, known);
}

std::string MemberList::complete_member(LiveItem& item) const {
  kvm48::MemberVod& vod = item.vod;
  if (const auto found = run_.members.find(vod.member_id); found != run_.members.end()) {
    const kvm48::Member& member = found->second;
    vod.group = member.group;
    vod.app_group_id = member.app_group_id;
    vod.team = member.team;
    if (vod.member_name.empty()) vod.member_name = member.name;
  } else if (item.nickname_group.empty()) {
    // Neither the roster nor the nickname says: the list's own group.
    vod.group = group_;
    vod.app_group_id = kvm48::app_group_id(group_);
  }
  if (vod.member_name.empty()) {
    return "getLiveList liveId " + vod.id + ": nickname '" + item.nickname +
           "' is not GROUP-名字 and the roster does not know member " +
           std::to_string(vod.member_id);
  }
  return {};
}

kvm48::Status MemberList::store(const std::vector<std::size_t>& indexes) {
  std::vector<kvm48::Status> outcomes(indexes.size());
  run_.context.for_each_parallel(indexes.size(), [&](std::size_t i) {
    LiveItem& item = page_.items[indexes[i]];
    const std::string what = "getLiveOne liveId " + item.vod.id;
    if (auto problem = complete_member(item); !problem.empty()) {
      outcomes[i] = {kvm48::StatusCode::invalid_data, problem};
      return;
    }
    json content;
    outcomes[i] =
        call_api(run_.context, run_.options, kLiveOne, what, {{"liveId", item.vod.id}}, content);
    if (!outcomes[i].ok()) return;
    try {
      if (!apply_live_one(content, run_.options.resource_base_url, item.vod)) {
        outcomes[i] = {kvm48::StatusCode::invalid_data, what + ": no playStreamPath"};
      }
    } catch (const WireError& e) {
      outcomes[i] = {kvm48::StatusCode::invalid_data, what + ": malformed answer: " + e.what()};
    }
  });
  return add_complete(run_.problems, outcomes, [&](std::size_t i) {
    return run_.context.sink().add_member_vod(page_.items[indexes[i]].vod);
  });
}

}  // namespace koudai48
