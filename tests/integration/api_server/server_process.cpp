#include "server_process.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

namespace kvm48::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string make_temp_dir() {
  std::string pattern = (fs::temp_directory_path() / "kvm48-api-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

/// Exit status of a finished child, or nullopt while it runs.
std::optional<int> poll_exit(int pid) {
  int status = 0;
  if (waitpid(pid, &status, WNOHANG) != pid) return std::nullopt;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + WTERMSIG(status);
}

}  // namespace

TempDir::TempDir() : path_(make_temp_dir()) {}
TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

ServerProcess::ServerProcess(ServerOptions options) : directory_(make_temp_dir()) {
  database_ = options.database_path.empty() ? directory_ + "/data.db" : options.database_path;
  const std::string config = config_file();
  const std::string plugins =
      options.plugin_directory.empty() ? KVM48_BUILTIN_PLUGIN_DIR : options.plugin_directory;
  {
    std::ofstream out(config);
    out << "log:\n  level: information\n"
        << "plugins:\n  builtin: false\n  directories: [\"" << plugins << "\"]\n"
        << (options.backend_yaml.empty()
                ? "backend:\n  plugin: sqlite\n  options:\n    path: \"" + database_ + "\"\n"
                : options.backend_yaml)
        << "server:\n  listen: \"127.0.0.1:0\"\n  assets_directory: \"" << KVM48_GRAPHIQL_DIR
        << "\"\n"
        << options.server_yaml << options.top_level_yaml;
  }
  const std::string port_file = directory_ + "/port";
  const std::string log_file = directory_ + "/server.log";
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    for (const auto& [name, value] : options.environment) setenv(name.c_str(), value.c_str(), 1);
    if (!options.environment.count("RATELIMIT_STORAGE_URL")) unsetenv("RATELIMIT_STORAGE_URL");
    if (!options.environment.count("RATELIMIT")) unsetenv("RATELIMIT");
    if (freopen(log_file.c_str(), "w", stderr) == nullptr) _exit(127);
    if (freopen("/dev/null", "w", stdout) == nullptr) _exit(127);
    execl(KVM48_SERVER_BINARY, KVM48_SERVER_BINARY, options.command.c_str(), "--config",
          config.c_str(), "--port-file", port_file.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  running_ = true;
  const auto deadline = std::chrono::steady_clock::now() + 20s;
  while (std::chrono::steady_clock::now() < deadline) {
    if (fs::exists(port_file)) {
      port_ = std::atoi(read_file(port_file).c_str());
      return;
    }
    if (auto status = poll_exit(pid_)) {
      running_ = false;
      throw std::runtime_error("kvm48-server exited with status " + std::to_string(*status) +
                               " before listening:\n" + read_file(log_file));
    }
    std::this_thread::sleep_for(20ms);
  }
  stop(SIGKILL);
  throw std::runtime_error("kvm48-server did not listen within 20 s:\n" + read_file(log_file));
}

ServerProcess::~ServerProcess() {
  if (running_) stop(SIGTERM);
  std::error_code ignored;
  fs::remove_all(directory_, ignored);
}

std::string ServerProcess::log() const {
  return read_file(directory_ + "/server.log");
}

std::optional<int> ServerProcess::stop(int signal, int timeout_seconds) {
  if (!running_) return std::nullopt;
  kill(pid_, signal);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto status = poll_exit(pid_)) {
      running_ = false;
      return status;
    }
    std::this_thread::sleep_for(10ms);
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  running_ = false;
  return std::nullopt;
}

}  // namespace kvm48::test
