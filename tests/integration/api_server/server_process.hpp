#pragma once
// A real `kvm48-server serve` process for one test: its own temporary directory, a SQLite
// database there, a config file written from the test's YAML, port 0 and a port file. The
// destructor stops it (SIGTERM, then SIGKILL) and removes the directory.

#include <map>
#include <optional>
#include <string>

namespace kvm48::test {

struct ServerOptions {
  /// YAML appended under `server:` (indented by the caller, e.g. "  threads: 2\n").
  std::string server_yaml;
  /// Environment variables for the process (RATELIMIT_STORAGE_URL, ...).
  std::map<std::string, std::string> environment;
  /// A database to use instead of a fresh one in the temporary directory.
  std::string database_path;
  /// "serve" or "run".
  std::string command = "serve";
  /// Top-level YAML appended after the server section (schedule:, sources:, crawl: ...).
  std::string top_level_yaml = {};
  /// The one plugin directory; empty: the build tree's plugin directory.
  std::string plugin_directory = {};
  /// A whole `backend:` section (YAML, top level) instead of the SQLite file.
  std::string backend_yaml = {};
};

class ServerProcess {
 public:
  /// Starts the server and waits (20 s at most) for its port file. Throws
  /// std::runtime_error with the server's log when it exits or does not come up.
  explicit ServerProcess(ServerOptions options = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] int pid() const { return pid_; }
  /// The configuration file the server was started with (a test may rewrite it before a
  /// SIGHUP).
  [[nodiscard]] std::string config_file() const { return directory_ + "/kvm48.yaml"; }
  /// The SQLite file the server reads.
  [[nodiscard]] const std::string& database() const { return database_; }
  /// What the server has logged so far (standard error).
  [[nodiscard]] std::string log() const;
  /// Sends `signal` and waits (up to `timeout_seconds`) for the exit; the exit status, or
  /// nullopt if it did not exit in time (it is then killed).
  std::optional<int> stop(int signal, int timeout_seconds = 20);

 private:
  std::string directory_;
  std::string database_;
  int port_ = 0;
  int pid_ = 0;
  bool running_ = false;
};

/// Writes the original KVM48 server's five fixture VODs (server/tests/conftest.py) into the
/// SQLite database at `path` through the sqlite backend plugin (created if new).
void write_original_fixture(const std::string& path);

/// A directory of its own under the system temp dir, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace kvm48::test
