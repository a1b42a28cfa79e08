#include "control.hpp"

namespace kvm48::sim {
namespace {

using nlohmann::json;

Reply ok(const json& j) {
  return jsonReply(200, j.dump());
}
Reply bad(int status, const std::string& message) {
  return jsonReply(status, json{{"error", message}}.dump());
}

json parseBody(const std::string& body) {
  return body.empty() ? json::object() : json::parse(body);
}

Reply faults(const std::string& method, const std::string& body, SimState& state) {
  if (method == "GET") return ok(state.faults().toJson());
  if (method == "DELETE") {
    state.faults().clear();
    return ok(state.faults().toJson());
  }
  if (method != "POST") return bad(405, "use GET, POST or DELETE");
  const json j = parseBody(body);
  const json rules = j.is_array() ? j : j.value("rules", json::array());
  if (j.is_object() && j.value("replace", false)) state.faults().clear();
  const auto ids = state.faults().add(rules);
  json out = state.faults().toJson();
  out["added"] = ids;
  return ok(out);
}

Reply publish(const std::string& body, SimState& state) {
  const json j = parseBody(body);
  const int perf = j.value("perf", 0), member = j.value("member", 0);
  if (perf < 0 || member < 0 || perf > 100000 || member > 100000) {
    return bad(400, "perf and member must be in 0..100000");
  }
  const auto clubs = j.value("clubs", std::vector<int>{});
  for (const int c : clubs) {
    if (c < 1 || c > 6) return bad(400, "clubs must be in 1..6");
  }
  return ok(state.publish(perf, member, clubs));
}

Reply reset(const std::string& body, SimState& state) {
  const json j = parseBody(body);
  state.reset(j.value("dataset", true), j.value("settings", true), j.value("faults", true),
              j.value("stats", true));
  return ok({{"reset", true}});
}

}  // namespace

Reply serveControl(const std::string& method, const std::string& path, const std::string& query,
                   const std::string& body, SimState& state) {
  try {
    if (path == "/_sim/health") return htmlReply(200, "ok\n");
    if (path == "/_sim/stats") {
      if (method == "DELETE") {
        state.stats().reset();
        return ok({{"reset", true}});
      }
      return ok(state.stats().toJson(query.find("paths=1") != std::string::npos));
    }
    if (path == "/_sim/faults") return faults(method, body, state);
    if (path == "/_sim/settings") {
      if (method == "POST") state.setSettings(settingsFromJson(parseBody(body), state.settings()));
      return ok(settingsToJson(state.settings()));
    }
    if (path == "/_sim/publish" && method == "POST") return publish(body, state);
    if (path == "/_sim/reset" && method == "POST") return reset(body, state);
    if (path == "/_sim/dataset" && method == "GET") {
      return jsonReply(200, datasetToJson(state.snapshot()->data()));
    }
    return bad(404, "no such control endpoint: " + method + " " + path);
  } catch (const json::exception& e) {
    return bad(400, std::string("bad JSON: ") + e.what());
  } catch (const std::invalid_argument& e) {
    return bad(400, e.what());
  }
}

}  // namespace kvm48::sim
