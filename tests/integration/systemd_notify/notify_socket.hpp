#pragma once
// The receiving end of sd_notify: a unix datagram socket bound in a directory of the test's,
// as systemd's NOTIFY_SOCKET is.

#include <optional>
#include <string>

namespace kvm48::test {

class NotifySocket {
 public:
  /// Binds <directory>/notify.sock. Throws std::runtime_error when it cannot.
  explicit NotifySocket(const std::string& directory);
  ~NotifySocket();
  NotifySocket(const NotifySocket&) = delete;
  NotifySocket& operator=(const NotifySocket&) = delete;

  /// The path to put in NOTIFY_SOCKET.
  [[nodiscard]] const std::string& path() const { return path_; }
  /// The next message (one datagram, e.g. "READY=1\nSTATUS=serving"), or nullopt when none
  /// arrives within `timeout_seconds`.
  std::optional<std::string> receive(int timeout_seconds);

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace kvm48::test
