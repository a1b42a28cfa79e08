#include "routes.hpp"

#include <regex>

namespace kvm48::sim {

std::string routeOf(const std::string& path) {
  static const std::regex index(R"(^/Index/main/club/\d+/?$)");
  static const std::regex list(R"(^/Index/main/club/\d+/p/\d+\.html$)");
  static const std::regex vod(R"(^/Index/inv(edio|ideo)/club/\d+/id/\d+$)");
  static const std::regex live(R"(^/Index/inlive/id/\w+$)");
  if (path.rfind("/_sim/", 0) == 0) return "control";
  if (path.rfind("/live/api/v1/live/", 0) == 0) {
    const std::string name = path.substr(18);
    for (const char* known : {"getOpenLiveList", "getOpenLiveOne", "getLiveList", "getLiveOne"}) {
      if (name == known) return std::string("api.") + known;
    }
    return "api.other";
  }
  if (path == "/user/api/v1/client/update/group_team_star") return "api.groupTeamStar";
  if (path.rfind("/live/api/", 0) == 0 || path.rfind("/user/api/", 0) == 0) return "api.other";
  if (std::regex_match(path, list)) return "site.list";
  if (std::regex_match(path, index)) return "site.index";
  if (std::regex_match(path, vod)) return "site.vod";
  if (std::regex_match(path, live)) return "site.live";
  return "site.other";
}

}  // namespace kvm48::sim
