#include "http/http_attempt.hpp"

#include <istream>
#include <ostream>

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>

namespace kvm48::host {
namespace {

Poco::Timespan timespan(std::chrono::milliseconds ms) {
  return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(ms.count()) * 1000);
}

AttemptResult failure(std::string error, bool retryable) {
  AttemptResult result;
  result.retryable = retryable;
  result.error = std::move(error);
  return result;
}

Poco::Net::HTTPRequest build_request(const Poco::URI& uri, const HttpRequest& request,
                                     const HttpPolicy& policy) {
  Poco::Net::HTTPRequest http(request.method, uri.getPathEtc().empty() ? "/" : uri.getPathEtc(),
                              Poco::Net::HTTPMessage::HTTP_1_1);
  http.set("User-Agent", policy.user_agent);
  http.set("Accept-Encoding", "identity");
  for (const auto& [name, value] : request.headers) http.set(name, value);
  if (!request.body.empty() || request.method == "POST" || request.method == "PUT") {
    http.setContentLength(static_cast<std::streamsize>(request.body.size()));
  }
  http.setKeepAlive(true);
  return http;
}

/// Reads at most `limit` + 1 bytes; the caller treats more than `limit` as too large.
std::string read_body(std::istream& in, std::size_t limit) {
  std::string body;
  char buffer[16384];
  while (body.size() <= limit && in.read(buffer, sizeof buffer).gcount() > 0) {
    body.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (!in) break;
  }
  return body;
}

}  // namespace

AttemptResult attempt_exchange(Poco::Net::HTTPClientSession& session, const Poco::URI& uri,
                               const HttpRequest& request, const HttpPolicy& policy,
                               HttpResponse& out) {
  try {
    const auto timeout = timespan(request.timeout.value_or(policy.request_timeout));
    session.setTimeout(timespan(policy.connect_timeout), timeout, timeout);
    Poco::Net::HTTPRequest http = build_request(uri, request, policy);
    std::ostream& body_out = session.sendRequest(http);
    body_out << request.body;
    Poco::Net::HTTPResponse response;
    std::istream& body_in = session.receiveResponse(response);
    out.status = static_cast<int>(response.getStatus());
    out.reason = response.getReason();
    out.headers.clear();
    for (const auto& [name, value] : response) out.headers.emplace_back(name, value);
    out.body = read_body(body_in, policy.max_body_bytes);
    if (out.body.size() > policy.max_body_bytes) {
      return failure(
          "response body larger than " + std::to_string(policy.max_body_bytes) + " bytes", false);
    }
    if (response.hasContentLength() && response.getContentLength64() >= 0 &&
        out.body.size() != static_cast<std::size_t>(response.getContentLength64())) {
      return failure("truncated body: " + std::to_string(out.body.size()) + " of " +
                         std::to_string(response.getContentLength64()) + " bytes",
                     true);
    }
    AttemptResult result;
    result.completed = true;
    result.reusable = response.getKeepAlive();
    return result;
  } catch (const Poco::TimeoutException&) {
    return failure("timed out", true);
  } catch (const Poco::Net::CertificateValidationException& e) {
    return failure("TLS certificate rejected: " + e.displayText(), false);
  } catch (const Poco::Net::NetException& e) {
    return failure(e.displayText(), true);
  } catch (const Poco::IOException& e) {
    return failure(e.displayText(), true);
  } catch (const Poco::Exception& e) {
    return failure(e.displayText(), false);
  } catch (const std::exception& e) {
    return failure(e.what(), false);
  }
}

}  // namespace kvm48::host
