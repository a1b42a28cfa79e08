// Dispatch of the v6 endpoints: method and header checks, body parsing, the envelope.
#include "v6_api.hpp"

namespace kvm48::sim {

using nlohmann::json;

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool hasRequiredHeaders(const ApiRequest& r, const ApiSettings& a) {
  for (const auto& name : a.requiredHeaders) {
    const auto it = r.headers.find(lower(name));
    if (it == r.headers.end() || it->second.empty()) return false;
  }
  return true;
}

Reply ok(const json& content) {
  return jsonReply(200, envelope(200, "OK", content));
}

Reply detail(const json& content) {
  if (content.is_null()) return jsonReply(200, envelope(404, "直播不存在", nullptr));
  return ok(content);
}

}  // namespace

Reply serveApi(const ApiRequest& r, const Snapshot& s, const ApiSettings& a,
               const ContentFaults& f) {
  if (r.route == "api.other") return nginxError(404);
  if (r.method != "POST") return nginxError(405);
  if (!hasRequiredHeaders(r, a)) return nginxError(403);
  json body;
  try {
    body = r.body.empty() ? json::object() : json::parse(r.body);
    if (!body.is_object()) throw std::invalid_argument("body is not a JSON object");
    if (r.route == "api.getOpenLiveList") return ok(v6::openLiveList(body, s, a, f));
    if (r.route == "api.getLiveList") return ok(v6::liveList(body, s, a, f));
    if (r.route == "api.getOpenLiveOne") {
      return detail(v6::openLiveOne(v6::idField(body, "liveId"), s, a, f));
    }
    if (r.route == "api.getLiveOne") return detail(v6::liveOne(v6::idField(body, "liveId"), s, f));
    if (r.route == "api.groupTeamStar") return ok(v6::groupTeamStar(s));
  } catch (const std::exception& e) {
    return jsonReply(200, envelope(400, std::string("参数错误: ") + e.what(), nullptr));
  }
  return nginxError(404);
}

}  // namespace kvm48::sim
