#include "member_answers.hpp"

#include "resource_url.hpp"
#include "wire_json.hpp"

namespace koudai48 {

using nlohmann::json;

namespace {

LiveItem read_item(const json& item, std::string_view resource_base) {
  LiveItem out;
  kvm48::MemberVod& vod = out.vod;
  vod.id = text(item, "liveId");
  try {
    const auto user = item.find("userInfo");
    if (user == item.end() || !user->is_object()) throw WireError("'userInfo' is missing");
    vod.member_id = integer(*user, "userId");
    out.nickname = optional_text(*user, "nickname").value_or("");
    if (auto parts = split_nickname(out.nickname)) {
      out.nickname_group = std::move(parts->first);
      vod.member_name = std::move(parts->second);
      vod.group = kvm48::group_from_name(out.nickname_group);
      if (vod.group) vod.app_group_id = kvm48::app_group_id(*vod.group);
    }
    vod.type = integer_or(item, "liveType", 0) == 1 ? kvm48::MemberVodType::live
                                                    : kvm48::MemberVodType::radio;
    vod.title = optional_text(item, "title").value_or("");
    vod.start_time_ms = integer(item, "ctime");
    vod.cover_url = resolve_resource(resource_base, optional_text(item, "coverPath").value_or(""));
  } catch (const WireError& e) {
    throw WireError("liveId " + vod.id + ": " + e.what());
  }
  return out;
}

bool blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

LivePage parse_live_page(const json& content, std::string_view resource_base) {
  LivePage page;
  page.next = optional_text(content, "next").value_or("");
  const json& list = array(content, "liveList");
  for (std::size_t i = 0; i < list.size(); ++i) {
    try {
      page.items.push_back(read_item(list[i], resource_base));
    } catch (const WireError& e) {
      throw WireError("liveList[" + std::to_string(i) + "]: " + e.what());
    }
  }
  return page;
}

std::optional<std::pair<std::string, std::string>> split_nickname(std::string_view nickname) {
  const auto dash = nickname.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == nickname.size()) {
    return std::nullopt;
  }
  const std::string_view group = nickname.substr(0, dash);
  const std::string_view name = nickname.substr(dash + 1);
  for (std::string_view part : {group, name}) {
    for (char c : part) {
      if (blank(c) || c == '-') return std::nullopt;
    }
  }
  return std::make_pair(std::string(group), std::string(name));
}

bool apply_live_one(const json& content, std::string_view resource_base, kvm48::MemberVod& vod) {
  vod.vod_url =
      resolve_resource(resource_base, optional_text(content, "playStreamPath").value_or(""));
  vod.danmaku_url =
      resolve_resource(resource_base, optional_text(content, "msgFilePath").value_or(""));
  return vod.vod_url.has_value();
}

}  // namespace koudai48
