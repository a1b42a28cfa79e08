#pragma once
// Test helper: runs the real kvm48-upstream-sim binary as a child process and talks to it over
// HTTP on 127.0.0.1. The constructor waits for "listening on 127.0.0.1:PORT"; the destructor
// sends SIGTERM and reaps the child. One instance per test; not thread-safe.

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Pipe.h>
#include <Poco/Process.h>

#include <csignal>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kvm48::sim::test {

// Paths baked in by CMake.
std::string simBinary();
std::string testDataset();  // generated at build time: --perf 3000 --member 600 --seed 11

struct HttpResult {
  int status = 0;
  std::string reason;
  std::map<std::string, std::string> headers;
  std::string body;
};

// The headers the v6 API requires by default.
std::map<std::string, std::string> appHeaders();

class SimProcess {
 public:
  explicit SimProcess(std::vector<std::string> extraArgs = {},
                      const std::string& dataset = testDataset());
  ~SimProcess();
  SimProcess(const SimProcess&) = delete;
  SimProcess& operator=(const SimProcess&) = delete;

  std::uint16_t port() const { return port_; }
  HttpResult get(const std::string& path, int timeoutMs = 10000) const;
  HttpResult post(const std::string& path, const std::string& body,
                  const std::map<std::string, std::string>& headers = {},
                  int timeoutMs = 10000) const;
  HttpResult del(const std::string& path) const;
  // POST to a v6 endpoint with the required headers; returns the parsed envelope.
  nlohmann::json api(const std::string& path, const nlohmann::json& body) const;
  nlohmann::json control(const std::string& method, const std::string& path,
                         const nlohmann::json& body = nullptr) const;
  // Sends `signal` (SIGTERM by default) and returns the exit code.
  int terminate(int signal = SIGTERM);

 private:
  HttpResult request(const std::string& method, const std::string& path, const std::string& body,
                     const std::map<std::string, std::string>& headers, int timeoutMs) const;
  Poco::Pipe out_;
  std::unique_ptr<Poco::ProcessHandle> handle_;
  std::uint16_t port_ = 0;
  bool running_ = false;
};

// Runs the simulator binary to completion; returns the exit code and combined output.
std::pair<int, std::string> runSim(const std::vector<std::string>& args);

}  // namespace kvm48::sim::test
