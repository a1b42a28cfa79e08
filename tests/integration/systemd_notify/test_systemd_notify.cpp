// Type=notify: the real `kvm48-server serve` and `run`, started the way systemd starts them
// (NOTIFY_SOCKET in the environment), say READY=1 only once the API answers, RELOADING=1 then
// READY=1 around a SIGHUP reload (a refused one too), and STOPPING=1 on SIGTERM.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <thread>

#include <catch2/catch.hpp>

#include "http_call.hpp"
#include "notify_socket.hpp"
#include "server_process.hpp"

namespace kvm48::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// Generous: the server may be an ASan build on a loaded machine.
constexpr int kMessageTimeoutSeconds = 120;

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// `kvm48-server <command>` with NOTIFY_SOCKET set, in `dir` (config, database, port file,
/// log). Unlike ServerProcess it does not wait for the port file: the test waits for READY=1.
class NotifiedServer {
 public:
  NotifiedServer(const TempDir& dir, const std::string& command, const std::string& socket)
      : dir_(dir.path()) {
    write_config("");
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      setenv("NOTIFY_SOCKET", socket.c_str(), 1);
      if (freopen((dir_ + "/server.log").c_str(), "w", stderr) == nullptr) _exit(127);
      if (freopen("/dev/null", "w", stdout) == nullptr) _exit(127);
      execl(KVM48_SERVER_BINARY, KVM48_SERVER_BINARY, command.c_str(), "--config", config().c_str(),
            "--port-file", port_file().c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~NotifiedServer() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  NotifiedServer(const NotifiedServer&) = delete;
  NotifiedServer& operator=(const NotifiedServer&) = delete;

  /// The configuration, with `extra` appended at the top level (a SIGHUP re-reads it).
  void write_config(const std::string& extra) const {
    std::ofstream out(config());
    out << "plugins:\n  builtin: false\n  directories: [\"" << KVM48_TEST_PLUGIN_DIR << "\"]\n"
        << "backend:\n  plugin: sqlite\n  options:\n    path: \"" << dir_ << "/data.db\"\n"
        << "server:\n  listen: \"127.0.0.1:0\"\n  graphiql: false\n"
        << "sources: []\n"
        << extra;
  }
  [[nodiscard]] std::string config() const { return dir_ + "/kvm48.yaml"; }
  [[nodiscard]] std::string port_file() const { return dir_ + "/port"; }
  [[nodiscard]] std::string log() const { return read_file(dir_ + "/server.log"); }
  [[nodiscard]] int pid() const { return pid_; }

  /// Waits (60 s at most) for the exit; its status, or nullopt.
  std::optional<int> wait_exit() {
    for (int i = 0; i < 600; ++i) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = 0;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
      std::this_thread::sleep_for(100ms);
    }
    return std::nullopt;
  }

 private:
  std::string dir_;
  int pid_ = 0;
};

bool has_line(const std::string& message, const std::string& line) {
  return ("\n" + message + "\n").find("\n" + line + "\n") != std::string::npos;
}

/// The next message, which must hold `line` (e.g. "READY=1").
std::string expect_message(NotifySocket& socket, const NotifiedServer& server,
                           const std::string& line) {
  const auto message = socket.receive(kMessageTimeoutSeconds);
  INFO("server log:\n" << server.log());
  REQUIRE(message.has_value());
  INFO("message: " << *message);
  REQUIRE(has_line(*message, line));
  return *message;
}

/// At READY=1 the port file is written and the API answers /health and /ready.
void expect_answering(const NotifiedServer& server) {
  INFO("server log:\n" << server.log());
  REQUIRE(fs::exists(server.port_file()));
  const int port = std::stoi(read_file(server.port_file()));
  CHECK(http_call(port, "GET", "/health").status == 200);
  CHECK(http_call(port, "GET", "/ready").status == 200);
}

void check_lifecycle(const std::string& command) {
  TempDir dir;
  NotifySocket socket(dir.path());
  NotifiedServer server(dir, command, socket.path());

  expect_message(socket, server, "READY=1");
  expect_answering(server);

  // A good reload: RELOADING=1 with the monotonic time systemd compares, then READY=1.
  kill(server.pid(), SIGHUP);
  const auto reloading = expect_message(socket, server, "RELOADING=1");
  CHECK(std::regex_search(reloading, std::regex("(^|\n)MONOTONIC_USEC=[1-9][0-9]*(\n|$)")));
  expect_message(socket, server, "READY=1");
  expect_answering(server);

  // A refused reload (an unknown key) keeps the old configuration, and so is READY=1 again.
  server.write_config("no_such_key: 1\n");
  kill(server.pid(), SIGHUP);
  expect_message(socket, server, "RELOADING=1");
  expect_message(socket, server, "READY=1");
  expect_answering(server);
  CHECK_THAT(server.log(), Catch::Contains("reload refused"));

  kill(server.pid(), SIGTERM);
  expect_message(socket, server, "STOPPING=1");
  CHECK(server.wait_exit() == std::optional<int>(0));
  // Nothing after STOPPING=1.
  CHECK_FALSE(socket.receive(1).has_value());
}

TEST_CASE(
    "serve under systemd: READY=1 once the API answers, RELOADING=1 and READY=1 on "
    "SIGHUP, STOPPING=1 on SIGTERM",
    "[systemd]") {
  check_lifecycle("serve");
}

TEST_CASE(
    "run under systemd: READY=1 once the API answers and the plugins are loaded, "
    "RELOADING=1 and READY=1 on SIGHUP, STOPPING=1 on SIGTERM",
    "[systemd]") {
  check_lifecycle("run");
}

}  // namespace
}  // namespace kvm48::test
