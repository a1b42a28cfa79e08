#include "sim_server.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/PipeStream.h>
#include <Poco/StreamCopier.h>

#include <signal.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kvm48::bench {

void generate_dataset(std::int64_t vods, const std::string& file) {
  Poco::Pipe out;
  Poco::ProcessHandle handle = Poco::Process::launch(
      KVM48_SIM_BINARY,
      {"generate", "--perf", std::to_string(vods), "--member", "0", "--seed", "1", "--out", file},
      nullptr, &out, &out);
  Poco::PipeInputStream in(out);
  std::ostringstream text;
  Poco::StreamCopier::copyStream(in, text);
  if (handle.wait() != 0) throw std::runtime_error("generate failed: " + text.str());
}

SimServer::SimServer(const std::string& dataset) {
  handle_ = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch(
      KVM48_SIM_BINARY, {"serve", "--dataset", dataset, "--listen", "127.0.0.1:0"}, nullptr, &out_,
      &out_));
  Poco::PipeInputStream in(out_);
  const std::string prefix = "listening on 127.0.0.1:";
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(prefix, 0) == 0) {
      port_ = static_cast<std::uint16_t>(std::stoi(line.substr(prefix.size())));
      return;
    }
  }
  handle_->wait();
  throw std::runtime_error("the simulator did not start");
}

SimServer::~SimServer() {
  ::kill(handle_->id(), SIGTERM);
  handle_->wait();
}

double SimServer::cpu_seconds() const {
  std::ifstream stat("/proc/" + std::to_string(handle_->id()) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  // Fields after the ")" closing the command name: state is field 3, utime 14, stime 15.
  std::istringstream fields(text.substr(text.rfind(')') + 2));
  std::string field;
  double ticks = 0;
  for (int i = 3; i <= 15 && fields >> field; ++i) {
    if (i >= 14) ticks += std::stod(field);
  }
  return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

std::string SimServer::control(const std::string& path) const {
  Poco::Net::HTTPClientSession session("127.0.0.1", port_);
  Poco::Net::HTTPRequest request("GET", path, Poco::Net::HTTPMessage::HTTP_1_1);
  session.sendRequest(request);
  Poco::Net::HTTPResponse response;
  std::ostringstream body;
  Poco::StreamCopier::copyStream(session.receiveResponse(response), body);
  return body.str();
}

}  // namespace kvm48::bench
