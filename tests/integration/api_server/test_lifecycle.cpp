// Starting and stopping: graceful shutdown keeps requests in flight, bad configurations and
// busy addresses are refused with a clear message and the documented exit status.

#include <signal.h>

#include <fstream>
#include <thread>

#include <Poco/Net/StreamSocket.h>
#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "run_process.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

std::string receive_all(Poco::Net::StreamSocket& socket) {
  std::string answer;
  char buffer[4096];
  for (;;) {
    const int got = socket.receiveBytes(buffer, sizeof buffer);
    if (got <= 0) break;
    answer.append(buffer, static_cast<std::size_t>(got));
  }
  return answer;
}

std::string write_config(const TempDir& dir, const std::string& server_yaml) {
  const std::string path = dir.path() + "/kvm48.yaml";
  std::ofstream out(path);
  out << "plugins:\n  builtin: false\n  directories: [\"" << KVM48_TEST_PLUGIN_DIR << "\"]\n"
      << "backend:\n  plugin: sqlite\n  options:\n    path: \"" << dir.path() << "/data.db\"\n"
      << "server:\n"
      << server_yaml;
  return path;
}

}  // namespace

TEST_CASE("SIGTERM lets a request in flight finish, then the server exits 0", "[api][lifecycle]") {
  ServerProcess server;
  const std::string body = R"({"query":"{ revision }"})";
  Poco::Net::StreamSocket socket(
      Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(server.port())));
  socket.setReceiveTimeout(Poco::Timespan(10, 0));
  const std::string head =
      "POST /api/graphql HTTP/1.1\r\nHost: x\r\nContent-Type: "
      "application/json\r\nConnection: close\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n";
  socket.sendBytes(head.data(), static_cast<int>(head.size()));
  socket.sendBytes(body.data(), 5);  // the request is now being read by a handler
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  std::thread stopper([&server] { server.stop(SIGTERM); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  socket.sendBytes(body.data() + 5, static_cast<int>(body.size() - 5));
  const std::string answer = receive_all(socket);
  stopper.join();
  CHECK(answer.rfind("HTTP/1.1 200 OK", 0) == 0);
  CHECK_THAT(answer, Catch::Contains("\"revision\""));
  CHECK_THAT(server.log(), Catch::Contains("stopped"));
}

TEST_CASE("SIGINT stops an idle server with exit status 0, idle keep-alive connections or not",
          "[api][lifecycle]") {
  ServerProcess server;
  Poco::Net::StreamSocket idle(
      Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(server.port())));
  REQUIRE(http_call(server.port(), "GET", "/health").status == 200);
  CHECK(server.stop(SIGINT) == 0);
}

TEST_CASE("an address in use is refused with exit status 1 and the address", "[api][lifecycle]") {
  ServerProcess running;
  TempDir dir;
  const std::string listen = "127.0.0.1:" + std::to_string(running.port());
  const ProcessRun run = run_process(
      KVM48_SERVER_BINARY, {"serve", "--config", write_config(dir, ""), "--listen", listen});
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Contains("cannot listen on " + listen));
}

TEST_CASE("a bad server section is refused with file, line, key and exit status 78",
          "[api][lifecycle]") {
  TempDir dir;
  const std::string config =
      write_config(dir, "  listen: \"127.0.0.1\"\n  rate_limit:\n    limits: \"ten per day\"\n");
  const ProcessRun run = run_process(KVM48_SERVER_BINARY, {"serve", "--config", config});
  CHECK(run.status == 78);
  CHECK_THAT(run.err, Catch::Contains(config + ":9:11: server.listen: expected HOST:PORT"));
  CHECK_THAT(run.err, Catch::Contains(config + ":11:13: server.rate_limit.limits:"));
  const ProcessRun check =
      run_process(KVM48_SERVER_BINARY, {"config", "check", "--config", config});
  CHECK(check.status == 78);
  CHECK_THAT(check.err, Catch::Contains("server.rate_limit.limits"));
}

}  // namespace kvm48::test
