#include "request_handler.hpp"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include <chrono>
#include <istream>

#include "control.hpp"
#include "delivery.hpp"
#include "routes.hpp"
#include "site_handler.hpp"
#include "v6_api.hpp"

namespace kvm48::sim {
namespace {

constexpr std::size_t kMaxBody = 1 << 20;

// Adds the time from construction to destruction to the route's service time.
class ServiceTimer {
 public:
  ServiceTimer(Stats& stats, std::string route)
      : stats_(stats), route_(std::move(route)), start_(std::chrono::steady_clock::now()) {}
  ~ServiceTimer() {
    const auto elapsed = std::chrono::steady_clock::now() - start_;
    stats_.addServiceTime(
        route_, static_cast<std::uint64_t>(
                    std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count()));
  }
  ServiceTimer(const ServiceTimer&) = delete;
  ServiceTimer& operator=(const ServiceTimer&) = delete;

 private:
  Stats& stats_;
  std::string route_;
  std::chrono::steady_clock::time_point start_;
};

std::string readBody(Poco::Net::HTTPServerRequest& request) {
  std::string body;
  char buffer[8192];
  std::istream& in = request.stream();
  while (body.size() < kMaxBody && in.read(buffer, sizeof buffer).gcount() > 0) {
    body.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return body;
}

std::map<std::string, std::string> lowerCaseHeaders(const Poco::Net::HTTPServerRequest& request) {
  std::map<std::string, std::string> headers;
  for (const auto& [name, value] : request) {
    std::string key = name;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    headers[key] = value;
  }
  return headers;
}

Reply serveRoute(const std::string& route, const std::string& path,
                 Poco::Net::HTTPServerRequest& request, const std::string& body,
                 const SimState& state, const ContentFaults& content) {
  const SnapshotPtr snapshot = state.snapshot();
  const Settings settings = state.settings();
  if (route.rfind("api.", 0) == 0) {
    const ApiRequest api{route, request.getMethod(), lowerCaseHeaders(request), body};
    return serveApi(api, *snapshot, settings.api, content);
  }
  if (request.getMethod() != "GET" && request.getMethod() != "HEAD") return nginxError(405);
  return serveSite(route, path, *snapshot, settings.site, content);
}

}  // namespace

void SimRequestHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                                      Poco::Net::HTTPServerResponse& response) {
  const Poco::URI uri(request.getURI());
  const std::string path = uri.getPath();
  const std::string route = routeOf(path);
  const std::string body = readBody(request);
  if (route == "control") {
    sendReply(serveControl(request.getMethod(), path, uri.getRawQuery(), body, state_), response);
    return;
  }
  state_.stats().countRequest(route, path);
  const FaultPlan plan = state_.faults().decide(route, path, request.getMethod());
  if (plan.latencyMs > 0 && !state_.stopSignal().sleepFor(plan.latencyMs)) return;
  if (plan.terminal && plan.terminal->kind == FaultKind::Timeout) {
    state_.stats().countOutcome("timeout");
    holdThenClose(request, plan.terminal->ms, state_.stopSignal());
    return;
  }
  if (plan.terminal && plan.terminal->kind == FaultKind::Reset) {
    state_.stats().countOutcome("reset");
    resetConnection(request);
    return;
  }
  const ServiceTimer timer(state_.stats(), route);
  Reply reply = plan.terminal ? faultReply(*plan.terminal)
                              : serveRoute(route, path, request, body, state_, plan.content);
  if (plan.bodyAction && plan.bodyAction->kind == FaultKind::Truncate) {
    state_.stats().countOutcome("truncated");
    sendTruncated(reply, plan.bodyAction->bytes, request);
    return;
  }
  if (plan.bodyAction) {
    reply = malform(std::move(reply), plan.bodyAction->variant, route.rfind("api.", 0) == 0);
  }
  state_.stats().countOutcome(std::to_string(reply.status));
  sendReply(reply, response);
}

}  // namespace kvm48::sim
