#pragma once
// The member answers: a getLiveList page and a getLiveOne detail (UPSTREAM.md
// 2.1, 2.2). Pure functions; throw WireError on a malformed answer.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <kvm48/records.hpp>

namespace koudai48 {

/// One getLiveList item as a MemberVod without files: id (liveId), member_id
/// (userInfo.userId), member_name and group from the `GROUP-名字` nickname,
/// type (liveType 1 live, anything else radio, as KVM48), title, start_time_ms
/// (ctime), cover_url (coverPath resolved).
struct LiveItem {
  kvm48::MemberVod vod;
  std::string nickname;  ///< as sent, for messages
  /// The nickname's GROUP part ("SNH48", "IDFT"); empty when the nickname is not
  /// `GROUP-名字` (member_name is then empty too).
  std::string nickname_group;
};

struct LivePage {
  std::string next;  ///< content.next ("" when absent)
  std::vector<LiveItem> items;
};

LivePage parse_live_page(const nlohmann::json& content, std::string_view resource_base);

/// "SNH48-莫寒" -> {"SNH48", "莫寒"}: split at the first '-', both sides non-empty
/// and without spaces (KVM48's `^(\w+)-(\w+)$`, which also refuses a second '-').
std::optional<std::pair<std::string, std::string>> split_nickname(std::string_view nickname);

/// Sets vod_url (playStreamPath) and danmaku_url (msgFilePath, which may be
/// absent) from a getLiveOne content, resolved. Returns false when there is no
/// playStreamPath.
bool apply_live_one(const nlohmann::json& content, std::string_view resource_base,
                    kvm48::MemberVod& vod);

}  // namespace koudai48
