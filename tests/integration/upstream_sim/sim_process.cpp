#include "sim_process.hpp"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/PipeStream.h>
#include <Poco/StreamCopier.h>

#include <signal.h>

#include <sstream>
#include <stdexcept>

namespace kvm48::sim::test {

std::string simBinary() {
  return KVM48_SIM_BINARY;
}
std::string testDataset() {
  return KVM48_SIM_TEST_DATASET;
}

std::map<std::string, std::string> appHeaders() {
  return {{"Content-Type", "application/json;charset=utf-8"},
          {"appInfo", R"({"vendor":"apple","deviceId":"0","appVersion":"6.0.0","osType":"ios"})"},
          {"Referer", "https://h5.48.cn/"}};
}

SimProcess::SimProcess(std::vector<std::string> extraArgs, const std::string& dataset) {
  std::vector<std::string> args = {"serve", "--dataset", dataset, "--listen", "127.0.0.1:0"};
  args.insert(args.end(), extraArgs.begin(), extraArgs.end());
  handle_ = std::make_unique<Poco::ProcessHandle>(
      Poco::Process::launch(simBinary(), args, nullptr, &out_, &out_));
  running_ = true;
  Poco::PipeInputStream in(out_);
  std::string line, seen;
  while (std::getline(in, line)) {
    seen += line + "\n";
    const std::string prefix = "listening on 127.0.0.1:";
    if (line.rfind(prefix, 0) == 0) {
      port_ = static_cast<std::uint16_t>(std::stoi(line.substr(prefix.size())));
      return;
    }
  }
  running_ = false;
  handle_->wait();
  throw std::runtime_error("simulator did not start: " + seen);
}

SimProcess::~SimProcess() {
  try {
    terminate();
  } catch (...) {
  }
}

int SimProcess::terminate(int signal) {
  if (!running_) return -1;
  running_ = false;
  ::kill(handle_->id(), signal);
  return handle_->wait();
}

HttpResult SimProcess::request(const std::string& method, const std::string& path,
                               const std::string& body,
                               const std::map<std::string, std::string>& headers,
                               int timeoutMs) const {
  Poco::Net::HTTPClientSession session("127.0.0.1", port_);
  session.setTimeout(Poco::Timespan(static_cast<long>(timeoutMs) * 1000));
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  for (const auto& [name, value] : headers) request.set(name, value);
  if (!body.empty() || method == "POST") request.setContentLength(static_cast<long>(body.size()));
  session.sendRequest(request) << body;
  Poco::Net::HTTPResponse response;
  std::istream& in = session.receiveResponse(response);
  HttpResult result;
  result.status = static_cast<int>(response.getStatus());
  result.reason = response.getReason();
  for (const auto& [name, value] : response) result.headers[name] = value;
  std::ostringstream text;
  Poco::StreamCopier::copyStream(in, text);
  result.body = text.str();
  return result;
}

HttpResult SimProcess::get(const std::string& path, int timeoutMs) const {
  return request("GET", path, "", {}, timeoutMs);
}

HttpResult SimProcess::post(const std::string& path, const std::string& body,
                            const std::map<std::string, std::string>& headers,
                            int timeoutMs) const {
  return request("POST", path, body, headers, timeoutMs);
}

HttpResult SimProcess::del(const std::string& path) const {
  return request("DELETE", path, "", {}, 10000);
}

nlohmann::json SimProcess::api(const std::string& path, const nlohmann::json& body) const {
  const HttpResult r = post(path, body.dump(), appHeaders());
  if (r.status != 200) {
    throw std::runtime_error(path + " answered HTTP " + std::to_string(r.status));
  }
  return nlohmann::json::parse(r.body);
}

nlohmann::json SimProcess::control(const std::string& method, const std::string& path,
                                   const nlohmann::json& body) const {
  const HttpResult r = request(method, path, body.is_null() ? "" : body.dump(), {}, 10000);
  if (r.status != 200)
    throw std::runtime_error(path + ": HTTP " + std::to_string(r.status) + " " + r.body);
  return nlohmann::json::parse(r.body);
}

std::pair<int, std::string> runSim(const std::vector<std::string>& args) {
  Poco::Pipe out;
  Poco::ProcessHandle handle = Poco::Process::launch(simBinary(), args, nullptr, &out, &out);
  Poco::PipeInputStream in(out);
  std::ostringstream text;
  Poco::StreamCopier::copyStream(in, text);
  return {handle.wait(), text.str()};
}

}  // namespace kvm48::sim::test
