#include "raw_fetch_baseline.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <atomic>
#include <chrono>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace kvm48::bench {

double raw_fetch_seconds(std::uint16_t port, const std::vector<std::string>& paths,
                         int connections) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  const auto work = [&] {
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    session.setKeepAlive(true);
    for (std::size_t i = next++; i < paths.size() && !failed; i = next++) {
      Poco::Net::HTTPRequest request("GET", paths[i], Poco::Net::HTTPMessage::HTTP_1_1);
      session.sendRequest(request);
      Poco::Net::HTTPResponse response;
      std::ostringstream body;
      Poco::StreamCopier::copyStream(session.receiveResponse(response), body);
      if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK) failed = true;
    }
  };
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int i = 0; i < connections; ++i) threads.emplace_back(work);
  for (auto& t : threads) t.join();
  if (failed) throw std::runtime_error("a baseline GET did not answer 200");
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace kvm48::bench
