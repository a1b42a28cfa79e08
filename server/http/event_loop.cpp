#include "http/event_loop.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <system_error>

namespace kvm48::http {
namespace {

constexpr auto kTick = std::chrono::milliseconds(100);
// epoll_event.data.ptr of the two descriptors that are not connections.
char listener_tag;
char wake_tag;

std::string peer_text(const sockaddr_storage& address) {
  char text[INET6_ADDRSTRLEN] = {};
  if (address.ss_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(&address);
    inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
  } else if (address.ss_family == AF_INET6) {
    const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&address);
    inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
  }
  return text;
}

}  // namespace

EventLoop::EventLoop(const ConnectionSettings& settings, RequestHandler& handler)
    : settings_(settings), handler_(handler) {
  epoll_fd_ = epoll_create1(EPOLL_CLOEXEC);
  if (epoll_fd_ < 0) throw std::system_error(errno, std::generic_category(), "epoll_create1");
  wake_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (wake_fd_ < 0) {
    ::close(epoll_fd_);
    throw std::system_error(errno, std::generic_category(), "eventfd");
  }
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.ptr = &wake_tag;
  epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, wake_fd_, &event);
}

EventLoop::~EventLoop() {
  connections_.clear();
  for (auto& [fd, peer] : adopted_) ::close(fd);
  ::close(wake_fd_);
  ::close(epoll_fd_);
}

void EventLoop::accept_on(int listen_fd, std::function<void(int, std::string)> place) {
  listen_fd_ = listen_fd;
  place_ = std::move(place);
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.ptr = &listener_tag;
  if (epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, listen_fd_, &event) != 0) {
    throw std::system_error(errno, std::generic_category(), "epoll_ctl(listener)");
  }
}

void EventLoop::adopt(int fd, std::string peer) {
  {
    std::lock_guard lock(adopted_mutex_);
    adopted_.emplace_back(fd, std::move(peer));
  }
  open_.fetch_add(1);
  wake();
}

void EventLoop::request_stop() {
  stop_.store(true);
  wake();
}

void EventLoop::request_abort() {
  abort_.store(true);
  wake();
}

void EventLoop::wake() {
  const std::uint64_t one = 1;
  [[maybe_unused]] const auto written = ::write(wake_fd_, &one, sizeof one);
}

void EventLoop::accept_all() {
  for (;;) {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    const int fd = accept4(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length,
                           SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      return;  // EAGAIN, or out of descriptors (retried at the next wake-up)
    }
    const int on = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    place_(fd, peer_text(address));
  }
}

void EventLoop::take_adopted(Clock::time_point now) {
  std::vector<std::pair<int, std::string>> taken;
  {
    std::lock_guard lock(adopted_mutex_);
    taken.swap(adopted_);
  }
  for (auto& [fd, peer] : taken) {
    auto connection = std::make_unique<Connection>(fd, std::move(peer), settings_, handler_, now);
    Connection* raw = connection.get();
    epoll_event event{};
    event.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
    event.data.ptr = raw;
    if (epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, fd, &event) != 0) {
      open_.fetch_sub(1);
      continue;  // the Connection closes the socket
    }
    connections_.emplace(raw, std::move(connection));
    // Edge-triggered: bytes that arrived before registration would give no event.
    if (!raw->on_ready(now)) close_connection(raw);
  }
}

void EventLoop::send_deferred(Clock::time_point now) {
  // The answers of a batch go out together: a client waiting on several of these
  // connections is woken once for them, not once per answer.
  for (Connection* connection : deferred_) {
    if (connections_.count(connection) != 0 && connection->has_deferred() &&
        !connection->send_deferred(now)) {
      close_connection(connection);
    }
  }
  deferred_.clear();
}

void EventLoop::close_connection(Connection* connection) {
  // Closing the descriptor (in ~Connection) removes it from the epoll set.
  connections_.erase(connection);
  open_.fetch_sub(1);
}

void EventLoop::tick(Clock::time_point now) {
  const bool stopping = stop_.load();
  for (auto it = connections_.begin(); it != connections_.end();) {
    if (it->second->on_tick(now, stopping)) {
      ++it;
    } else {
      it = connections_.erase(it);
      open_.fetch_sub(1);
    }
  }
}

void EventLoop::run() {
  std::array<epoll_event, 128> events{};
  auto last_tick = Clock::now();
  bool stop_seen = false;
  for (;;) {
    const int count = epoll_wait(epoll_fd_, events.data(), static_cast<int>(events.size()),
                                 static_cast<int>(kTick.count()));
    const auto now = Clock::now();
    for (int i = 0; i < count; ++i) {
      void* tag = events[static_cast<std::size_t>(i)].data.ptr;
      if (tag == &wake_tag) {
        std::uint64_t value = 0;
        [[maybe_unused]] const auto got = ::read(wake_fd_, &value, sizeof value);
      } else if (tag == &listener_tag) {
        if (!stop_seen) accept_all();
      } else {
        auto* connection = static_cast<Connection*>(tag);
        // A connection closed earlier in this batch may still have an event here.
        if (connections_.count(connection) == 0) continue;
        const auto flags = events[static_cast<std::size_t>(i)].events;
        const bool hung_up = (flags & (EPOLLRDHUP | EPOLLHUP | EPOLLERR)) != 0;
        if (!connection->on_ready(now, hung_up)) {
          close_connection(connection);
        } else if (connection->has_deferred()) {
          deferred_.push_back(connection);
        }
      }
    }
    send_deferred(now);
    take_adopted(now);
    if (abort_.load()) {
      cut_.store(static_cast<int>(connections_.size()));
      open_.fetch_sub(static_cast<int>(connections_.size()));
      connections_.clear();
      return;
    }
    if (stop_.load() && !stop_seen) {
      stop_seen = true;
      if (listen_fd_ >= 0) epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, listen_fd_, nullptr);
      listener_released_.store(true);
      tick(now);  // idle connections close at once
      last_tick = now;
    }
    if (now - last_tick >= kTick) {
      tick(now);
      last_tick = now;
    }
    if (stop_seen && connections_.empty() && open_.load() == 0) return;
  }
}

}  // namespace kvm48::http
