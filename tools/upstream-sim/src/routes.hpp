#pragma once
// Route names: the unit the stats count and fault rules match ("site.list", "api.getLiveList").
// Pure function; thread-safe.

#include <string>

namespace kvm48::sim {

// site.index  /Index/main/club/{c}
// site.list   /Index/main/club/{c}/p/{n}.html
// site.vod    /Index/invedio/club/{c}/id/{id} and /Index/invideo/...
// site.live   /Index/inlive/id/{canon id}
// site.other  anything else outside /live/api, /user/api and /_sim
// api.getOpenLiveList, api.getOpenLiveOne, api.getLiveList, api.getLiveOne,
// api.groupTeamStar, api.other
// control     /_sim/...
std::string routeOf(const std::string& path);

}  // namespace kvm48::sim
