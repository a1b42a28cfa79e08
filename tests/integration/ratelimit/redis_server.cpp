#include "redis_server.hpp"

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <Poco/Exception.h>
#include <Poco/Process.h>
#include <Poco/Redis/Array.h>

namespace kvm48::ratelimit::testing {
namespace {

// A port the kernel just handed out (and we released): free with high probability.
int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t length = sizeof address;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    if (fd >= 0) ::close(fd);
    throw std::runtime_error("cannot find a free port");
  }
  ::close(fd);
  return ntohs(address.sin_port);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

template <typename Condition>
bool wait_until(Condition condition, std::chrono::milliseconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return condition();
}

}  // namespace

RedisServer::RedisServer(std::string password) : password_(std::move(password)) {
  char pattern[] = "/tmp/kvm48-redis-XXXXXX";
  if (::mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp failed");
  directory_ = pattern;
  port_ = free_port();
  start();
}

RedisServer::~RedisServer() {
  try {
    thaw();
    stop();
  } catch (...) {
  }
  std::error_code ignored;
  std::filesystem::remove_all(directory_, ignored);
}

void RedisServer::start() {
  std::vector<std::string> args{"--port",       std::to_string(port_),
                                "--bind",       "127.0.0.1",
                                "--save",       "",
                                "--appendonly", "no",
                                "--daemonize",  "yes",
                                "--dir",        directory_,
                                "--pidfile",    directory_ + "/redis.pid",
                                "--logfile",    directory_ + "/redis.log"};
  if (!password_.empty()) {
    args.push_back("--requirepass");
    args.push_back(password_);
  }
  auto launcher = Poco::Process::launch(KVM48_REDIS_SERVER, args);
  if (launcher.wait() != 0 ||
      !wait_until([this] { return answers_ping(); }, std::chrono::seconds(5))) {
    throw std::runtime_error("redis-server did not start on port " + std::to_string(port_) + ": " +
                             read_file(directory_ + "/redis.log"));
  }
  pid_ = std::stoi(read_file(directory_ + "/redis.pid"));
}

void RedisServer::stop() {
  if (pid_ == 0) return;
  ::kill(pid_, SIGTERM);
  pid_ = 0;
  auto refuses = [this] {
    try {
      Poco::Redis::Client probe;
      probe.connect("127.0.0.1", port_, Poco::Timespan(0, 100'000));
      return false;
    } catch (const Poco::Exception&) {
      return true;
    }
  };
  if (!wait_until(refuses, std::chrono::seconds(5))) {
    throw std::runtime_error("redis-server on port " + std::to_string(port_) + " did not stop");
  }
}

void RedisServer::freeze() {
  if (pid_ != 0) ::kill(pid_, SIGSTOP);
}

void RedisServer::thaw() {
  if (pid_ != 0) ::kill(pid_, SIGCONT);
}

std::string RedisServer::url(int db) const {
  std::string credentials = password_.empty() ? "" : ":" + password_ + "@";
  return "redis://" + credentials + "127.0.0.1:" + std::to_string(port_) + "/" + std::to_string(db);
}

std::unique_ptr<Poco::Redis::Client> RedisServer::admin(int db) const {
  auto client = std::make_unique<Poco::Redis::Client>();
  client->connect("127.0.0.1", port_, Poco::Timespan(2, 0));
  client->setReceiveTimeout(Poco::Timespan(2, 0));
  if (!password_.empty()) {
    Poco::Redis::Array auth;
    auth << "AUTH" << password_;
    client->execute<std::string>(auth);
  }
  Poco::Redis::Array select;
  select << "SELECT" << std::to_string(db);
  client->execute<std::string>(select);
  return client;
}

bool RedisServer::answers_ping() const {
  try {
    auto client = admin();
    Poco::Redis::Array ping;
    ping << "PING";
    return client->execute<std::string>(ping) == "PONG";
  } catch (const Poco::Exception&) {
    return false;
  }
}

}  // namespace kvm48::ratelimit::testing
