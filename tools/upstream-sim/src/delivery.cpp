#include "delivery.hpp"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/StreamSocket.h>

#include "v6_api.hpp"

namespace kvm48::sim {
namespace {

Poco::Net::StreamSocket detach(Poco::Net::HTTPServerRequest& request) {
  return dynamic_cast<Poco::Net::HTTPServerRequestImpl&>(request).detachSocket();
}

// What an intercepting proxy / WAF answers with: HTML, none of the expected elements.
const char* const kInterceptPage =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>访问受限</title></head>"
    "<body><div class=\"block\"><h1>系统繁忙，请稍后再试</h1><p>Request blocked.</p></div>"
    "</body></html>\n";

void sendAll(Poco::Net::StreamSocket& socket, const std::string& data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    const int n = socket.sendBytes(data.data() + sent, static_cast<int>(data.size() - sent));
    if (n <= 0) return;
    sent += static_cast<std::size_t>(n);
  }
}

}  // namespace

void sendReply(const Reply& reply, Poco::Net::HTTPServerResponse& response) {
  response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
  response.setContentType(reply.contentType);
  response.set("Server", "nginx");
  for (const auto& [name, value] : reply.headers) response.set(name, value);
  response.sendBuffer(reply.body.data(), reply.body.size());
}

void holdThenClose(Poco::Net::HTTPServerRequest& request, int ms, StopSignal& stop) {
  Poco::Net::StreamSocket socket = detach(request);
  stop.sleepFor(ms);
  socket.close();
}

void resetConnection(Poco::Net::HTTPServerRequest& request) {
  Poco::Net::StreamSocket socket = detach(request);
  socket.setLinger(true, 0);  // close() now sends RST instead of FIN
  socket.close();
}

void sendTruncated(const Reply& reply, int bytes, Poco::Net::HTTPServerRequest& request) {
  const std::size_t keep = bytes < 0 ? reply.body.size() / 2
                                     : std::min(reply.body.size(), static_cast<std::size_t>(bytes));
  std::string head = "HTTP/1.1 " + std::to_string(reply.status) + " " +
                     Poco::Net::HTTPResponse::getReasonForStatus(
                         static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status)) +
                     "\r\nServer: nginx\r\nContent-Type: " + reply.contentType +
                     "\r\nContent-Length: " + std::to_string(reply.body.size()) +
                     "\r\nConnection: close\r\n\r\n";
  Poco::Net::StreamSocket socket = detach(request);
  try {
    sendAll(socket, head + reply.body.substr(0, keep));
    socket.shutdownSend();
  } catch (const Poco::Exception&) {
    // The client went away first; nothing left to do.
  }
  socket.close();
}

Reply faultReply(const FaultRule& rule) {
  switch (rule.kind) {
    case FaultKind::RateLimit: {
      Reply r = nginxError(429);
      r.headers.emplace_back("Retry-After", std::to_string(rule.retryAfter));
      return r;
    }
    case FaultKind::ApiError:
      return jsonReply(200, envelope(rule.apiStatus, rule.message, nullptr));
    case FaultKind::EmptyContent:
      return jsonReply(200, envelope(200, "OK", nlohmann::json::object()));
    default: return nginxError(rule.status);
  }
}

Reply malform(Reply reply, const std::string& variant, bool isApi) {
  if (variant == "cut") {
    reply.body.resize(reply.body.size() / 2);
  } else if (variant == "html" || isApi) {
    reply.contentType = "text/html; charset=utf-8";
    reply.body = kInterceptPage;
  } else {  // "garbage" on a site page
    reply.body = std::string(kInterceptPage) + "\x01\x02\xff\xfe<div class=\"videolist\"<ul";
  }
  return reply;
}

}  // namespace kvm48::sim
