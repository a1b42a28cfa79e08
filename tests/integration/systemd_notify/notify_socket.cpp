#include "notify_socket.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace kvm48::test {

NotifySocket::NotifySocket(const std::string& directory) : path_(directory + "/notify.sock") {
  sockaddr_un address{};
  if (path_.size() >= sizeof address.sun_path) {
    throw std::runtime_error("socket path too long: " + path_);
  }
  fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) throw std::runtime_error("socket(AF_UNIX, SOCK_DGRAM) failed");
  address.sun_family = AF_UNIX;
  std::memcpy(address.sun_path, path_.c_str(), path_.size() + 1);
  if (bind(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    close(fd_);
    throw std::runtime_error("cannot bind " + path_ + ": " + std::strerror(errno));
  }
}

NotifySocket::~NotifySocket() {
  close(fd_);
  unlink(path_.c_str());
}

std::optional<std::string> NotifySocket::receive(int timeout_seconds) {
  pollfd ready{fd_, POLLIN, 0};
  if (poll(&ready, 1, timeout_seconds * 1000) != 1) return std::nullopt;
  char buffer[4096];
  const ssize_t got = recv(fd_, buffer, sizeof buffer, 0);
  if (got < 0) return std::nullopt;
  return std::string(buffer, static_cast<std::size_t>(got));
}

}  // namespace kvm48::test
