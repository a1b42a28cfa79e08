#include "nginx_process.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

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

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path);
}

/// Replaces every occurrence of `from`; throws unless there are exactly `expected`.
std::string replace_all(std::string text, const std::string& from, const std::string& to,
                        int expected = 1) {
  int found = 0;
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
    ++found;
  }
  if (found != expected) {
    throw std::runtime_error("config/examples/nginx-kvm48.conf: expected " +
                             std::to_string(expected) + " of \"" + from + "\", found " +
                             std::to_string(found) + " (update the nginx test with the example)");
  }
  return text;
}

/// A port nobody listens on now (nginx may still lose a race for it: start() retries).
int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    close(fd);
    throw std::runtime_error("no free port");
  }
  close(fd);
  return ntohs(address.sin_port);
}

bool accepts(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return ok;
}

std::string make_temp_dir() {
  std::string pattern = (fs::temp_directory_path() / "kvm48-nginx-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  // nginx's workers run as an unprivileged user when the test runs as root: they must reach
  // the cache and temporary directories nginx creates (and hands them) in here.
  chmod(pattern.c_str(), 0755);
  return pattern;
}

/// The example's upstream servers, replaced by the test's instances.
std::string with_upstreams(std::string site, const std::vector<int>& ports) {
  const std::string first = "    server 127.0.0.1:8048 max_fails=3 fail_timeout=10s;\n";
  const std::string second =
      "    server 127.0.0.1:8049 max_fails=3 fail_timeout=10s;   # serve/run --listen "
      "127.0.0.1:8049\n";
  std::string servers;
  for (int port : ports) {
    servers += "    server 127.0.0.1:" + std::to_string(port) + " max_fails=3 fail_timeout=10s;\n";
  }
  site = replace_all(site, second, "");
  return replace_all(site, first, servers);
}

}  // namespace

std::string example_site_in(const std::string& directory) {
  const std::string certificate = directory + "/placeholder.pem";
  const std::string key = directory + "/placeholder.key";
  const std::string command =
      "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "
      "/CN=kvm48.example.org -keyout '" +
      key + "' -out '" + certificate + "' >/dev/null 2>&1";
  if (std::system(command.c_str()) != 0) {
    throw std::runtime_error("openssl could not make a placeholder certificate");
  }
  std::string site = read_file(KVM48_NGINX_EXAMPLE);
  site = replace_all(site, "/etc/ssl/certs/kvm48.example.org.pem", certificate);
  site = replace_all(site, "/etc/ssl/private/kvm48.example.org.key", key);
  site = replace_all(site, "/var/cache/nginx/kvm48", directory + "/cache");
  return replace_all(site, "/var/log/nginx/", directory + "/", 2);
}

std::string main_config(const std::string& directory, const std::string& site_file) {
  std::string temp_paths;
  for (const char* kind : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
    temp_paths += "    " + std::string(kind) + "_temp_path " + directory + "/" + kind + ";\n";
  }
  return "pid " + directory + "/nginx.pid;\nerror_log " + directory +
         "/error.log info;\nworker_processes 1;\nevents { worker_connections 256; }\nhttp {\n" +
         temp_paths + "    access_log " + directory + "/access.log;\n    include " + site_file +
         ";\n}\n";
}

std::pair<int, std::string> nginx_test_config(const std::string& directory,
                                              const std::string& main_config_file) {
  const std::string output = directory + "/nginx-t.out";
  const std::string command = std::string(KVM48_NGINX) + " -t -q -p '" + directory + "/' -e '" +
                              directory + "/error.log' -c '" + main_config_file + "' >'" + output +
                              "' 2>&1";
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(output)};
}

NginxProcess::NginxProcess(const std::vector<int>& upstream_ports) : directory_(make_temp_dir()) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (start(upstream_ports)) return;
  }
  const std::string log = error_log();
  std::error_code ignored;
  fs::remove_all(directory_, ignored);
  throw std::runtime_error("nginx did not start:\n" + log);
}

NginxProcess::~NginxProcess() {
  stop();
  std::error_code ignored;
  fs::remove_all(directory_, ignored);
}

std::string NginxProcess::error_log() const {
  return read_file(directory_ + "/error.log");
}

bool NginxProcess::start(const std::vector<int>& upstream_ports) {
  port_ = free_port();
  redirect_port_ = free_port();
  std::string site = example_site_in(directory_);
  site = with_upstreams(site, upstream_ports);
  // Plain HTTP on 127.0.0.1 instead of TLS on every address.
  site = replace_all(site, "    listen 443 ssl http2;",
                     "    listen 127.0.0.1:" + std::to_string(port_) + ";");
  site = replace_all(site, "    listen [::]:443 ssl http2;\n", "");
  site = replace_all(site, "    listen 80;",
                     "    listen 127.0.0.1:" + std::to_string(redirect_port_) + ";");
  site = replace_all(site, "    listen [::]:80;\n", "");
  write_file(directory_ + "/site.conf", site);
  write_file(directory_ + "/nginx.conf", main_config(directory_, directory_ + "/site.conf"));

  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    const std::string prefix = directory_ + "/";
    const std::string error = directory_ + "/error.log";
    const std::string config = directory_ + "/nginx.conf";
    if (freopen("/dev/null", "w", stdout) == nullptr) _exit(127);
    if (freopen(error.c_str(), "a", stderr) == nullptr) _exit(127);
    execl(KVM48_NGINX, KVM48_NGINX, "-p", prefix.c_str(), "-e", error.c_str(), "-c", config.c_str(),
          "-g", "daemon off;", static_cast<char*>(nullptr));
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + 20s;
  while (std::chrono::steady_clock::now() < deadline) {
    if (accepts(port_) && accepts(redirect_port_)) return true;
    if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = 0;
      return false;  // most likely a port taken meanwhile: try others
    }
    std::this_thread::sleep_for(20ms);
  }
  stop();
  return false;
}

void NginxProcess::stop() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);  // fast shutdown: the master stops its workers
  const auto deadline = std::chrono::steady_clock::now() + 20s;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = 0;
      return;
    }
    std::this_thread::sleep_for(10ms);
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  pid_ = 0;
}

}  // namespace kvm48::test
