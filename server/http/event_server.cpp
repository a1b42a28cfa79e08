#include "http/event_server.hpp"

#include <unistd.h>

#include <algorithm>

namespace kvm48::http {

EventServer::EventServer(const EventServerOptions& options, const ConnectionSettings& settings,
                         RequestHandler& handler)
    : max_connections_(options.max_connections) {
  listener_.bind(options.address, true, false);
  listener_.listen(options.backlog);
  listener_.setBlocking(false);
  port_ = listener_.address().port();
  for (int i = 0; i < std::max(1, options.threads); ++i) {
    loops_.push_back(std::make_unique<EventLoop>(settings, handler));
  }
  loops_.front()->accept_on(listener_.impl()->sockfd(),
                            [this](int fd, std::string peer) { place(fd, std::move(peer)); });
}

EventServer::~EventServer() {
  if (!threads_.empty()) stop(std::chrono::seconds(0));
}

void EventServer::start() {
  for (auto& loop : loops_) threads_.emplace_back([&loop] { loop->run(); });
}

void EventServer::place(int fd, std::string peer) {
  if (open_connections() >= max_connections_) {
    ::close(fd);  // over the limit: the client sees the connection closed
    return;
  }
  loops_[next_loop_++ % loops_.size()]->adopt(fd, std::move(peer));
}

int EventServer::open_connections() const {
  int open = 0;
  for (const auto& loop : loops_) open += loop->open_connections();
  return open;
}

int EventServer::stop(std::chrono::seconds grace) {
  if (threads_.empty()) return 0;
  for (auto& loop : loops_) loop->request_stop();
  // Once loop 0 no longer watches it, the listener closes: new clients are refused.
  while (!loops_.front()->listener_released()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  listener_.close();
  const auto deadline = Clock::now() + grace;
  while (open_connections() > 0 && Clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  for (auto& loop : loops_) loop->request_abort();
  for (auto& thread : threads_) thread.join();
  threads_.clear();
  int cut = 0;
  for (const auto& loop : loops_) cut += loop->cut();
  return cut;
}

}  // namespace kvm48::http
