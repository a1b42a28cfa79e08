#pragma once
// The Koudai48 v6 endpoints (UPSTREAM.md 2.1-2.4, 6.1) served from a snapshot. Thread-safe:
// reads only its arguments. Every answer is HTTP 200 with the {status, success, message,
// content} envelope, ids and ms times as strings — except HTTP 403 when a required header is
// missing and 405 for a method other than POST.

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "reply.hpp"
#include "settings.hpp"
#include "snapshot.hpp"

namespace kvm48::sim {

struct ApiRequest {
  std::string route;  // from routeOf()
  std::string method;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
};

Reply serveApi(const ApiRequest& request, const Snapshot& snapshot, const ApiSettings& settings,
               const ContentFaults& faults);

// Envelope helpers (also used by the fault injector for API-level errors).
std::string envelope(int status, const std::string& message, const nlohmann::json& content);

namespace v6 {
// Field readers lenient like the upstream: numbers or strings, booleans or "true"/"false".
std::string idField(const nlohmann::json& body, const char* key);  // "" when absent
std::int64_t intField(const nlohmann::json& body, const char* key, std::int64_t fallback);
bool boolField(const nlohmann::json& body, const char* key, bool fallback);

nlohmann::json openLiveList(const nlohmann::json& body, const Snapshot& s, const ApiSettings& a,
                            const ContentFaults& f);
nlohmann::json liveList(const nlohmann::json& body, const Snapshot& s, const ApiSettings& a,
                        const ContentFaults& f);
// Detail answers: null content = not found.
nlohmann::json openLiveOne(const std::string& liveId, const Snapshot& s, const ApiSettings& a,
                           const ContentFaults& f);
nlohmann::json liveOne(const std::string& liveId, const Snapshot& s, const ContentFaults& f);
nlohmann::json groupTeamStar(const Snapshot& s);
nlohmann::json teamJson(const Team& team);
std::string nicknameOf(const Member& member);
}  // namespace v6

}  // namespace kvm48::sim
