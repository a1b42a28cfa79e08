#pragma once
// Puts a Reply (or a fault instead of one) on the wire. Called on the request thread.
// The raw-socket faults detach the socket from Poco's connection, so Poco neither answers nor
// reuses it afterwards.

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "faults.hpp"
#include "reply.hpp"
#include "stop_signal.hpp"

namespace kvm48::sim {

void sendReply(const Reply& reply, Poco::Net::HTTPServerResponse& response);
// Holds the connection open without answering for rule.ms (or until shutdown), then closes it.
void holdThenClose(Poco::Net::HTTPServerRequest& request, int ms, StopSignal& stop);
// Closes the connection with a TCP RST.
void resetConnection(Poco::Net::HTTPServerRequest& request);
// Sends the status line and headers with the full Content-Length, then only `bytes` of the body
// (-1 = half), then closes.
void sendTruncated(const Reply& reply, int bytes, Poco::Net::HTTPServerRequest& request);

// The reply a terminal fault answers with (Status, RateLimit, ApiError, EmptyContent).
Reply faultReply(const FaultRule& rule);
// Applies a non-structural Malformed variant ("garbage", "cut", "html") to a rendered reply.
Reply malform(Reply reply, const std::string& variant, bool isApi);

}  // namespace kvm48::sim
