#include "http/body_reader.hpp"

#include <array>
#include <istream>

#include <Poco/Exception.h>
#include <Poco/Net/NetException.h>

namespace kvm48::http {

BodyRead read_body(Poco::Net::HTTPServerRequest& request, std::size_t max_bytes,
                   std::chrono::steady_clock::time_point deadline, std::string& out) {
  out.clear();
  if (request.hasContentLength()) {
    const auto length = request.getContentLength64();
    if (length < 0 || static_cast<std::uint64_t>(length) > max_bytes) return BodyRead::too_large;
    out.reserve(static_cast<std::size_t>(length));
  }
  std::array<char, 16 * 1024> buffer{};
  try {
    std::istream& in = request.stream();
    while (in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      const auto got = static_cast<std::size_t>(in.gcount());
      if (out.size() + got > max_bytes) return BodyRead::too_large;
      out.append(buffer.data(), got);
      if (std::chrono::steady_clock::now() > deadline) return BodyRead::timed_out;
    }
    if (in.bad()) return BodyRead::broken;
  } catch (const Poco::TimeoutException&) {
    return BodyRead::timed_out;
  } catch (const Poco::Exception&) {
    return BodyRead::broken;
  }
  if (request.hasContentLength() &&
      out.size() != static_cast<std::size_t>(request.getContentLength64())) {
    return BodyRead::broken;  // the client closed before sending what it announced
  }
  return BodyRead::complete;
}

}  // namespace kvm48::http
