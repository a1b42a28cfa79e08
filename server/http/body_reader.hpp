#pragma once
// Reading a request body within the size limit and the whole-request deadline (slow or
// stalled clients: Poco's socket timeout bounds each read, the deadline bounds them all).

#include <chrono>
#include <cstddef>
#include <string>

#include <Poco/Net/HTTPServerRequest.h>

namespace kvm48::http {

enum class BodyRead {
  complete,   ///< `out` holds the body
  too_large,  ///< over the limit (by Content-Length, or while reading a chunked body)
  timed_out,  ///< a read timed out, or the deadline passed
  broken,     ///< the connection failed mid-body
};

BodyRead read_body(Poco::Net::HTTPServerRequest& request, std::size_t max_bytes,
                   std::chrono::steady_clock::time_point deadline, std::string& out);

}  // namespace kvm48::http
