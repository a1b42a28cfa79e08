#include "http/connection.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>

namespace kvm48::http {
namespace {

/// Answers to pipelined requests queue up to this much before reading stops (back-pressure).
constexpr std::size_t kMaxPendingOut = 1024 * 1024;
/// A connection keeps buffers up to this size between requests; larger ones are freed.
constexpr std::size_t kKeptCapacity = 256 * 1024;
/// How long a closing connection drops late input so the client can read the answer.
constexpr auto kMaxDrain = std::chrono::seconds(2);

/// Where recv() writes; per thread, so connections do not each hold one.
std::array<char, 64 * 1024>& read_buffer() {
  thread_local std::array<char, 64 * 1024> buffer;
  return buffer;
}

void shrink_if_large(std::string& buffer) {
  if (buffer.capacity() > kKeptCapacity) std::string().swap(buffer);
}

}  // namespace

Connection::Connection(int fd, std::string peer, const ConnectionSettings& settings,
                       RequestHandler& handler, Clock::time_point now)
    : fd_(fd),
      peer_(std::move(peer)),
      settings_(settings),
      handler_(handler),
      parser_(settings.limits),
      last_read_(now),
      last_write_(now),
      request_started_(now),
      idle_since_(now) {}

Connection::~Connection() {
  ::close(fd_);
}

bool Connection::idle() const {
  return !parser_.started() && out_start_ >= out_.size() && !draining_;
}

bool Connection::on_ready(Clock::time_point now, bool hung_up) {
  if (draining_) return drain(now);
  for (;;) {
    const bool held_back = process_buffered(now);
    if (!flush(now)) return false;
    if (out_start_ < out_.size()) return true;  // the socket is full: wait for EPOLLOUT
    if (close_after_) return start_draining(now);
    if (held_back) continue;
    switch (read_some(now)) {
      case ReadResult::data: continue;
      case ReadResult::drained:
        // Less than asked for: the socket was empty. Edge-triggered epoll reports any later
        // arrival, so the usual EAGAIN read is skipped, unless the peer has hung up.
        if (!hung_up) {
          process_buffered(now);
          if (out_start_ < out_.size() && !close_after_ && in_start_ == in_.size()) {
            deferred_ = true;  // sent after the loop's batch: see send_deferred
            return true;
          }
          if (!flush(now)) return false;
          if (out_start_ < out_.size()) return true;
          if (close_after_) return start_draining(now);
          // More answers held back by back-pressure, or a hang-up: go round again.
          if (in_start_ < in_.size()) continue;
          return true;
        }
        continue;
      case ReadResult::would_block: return true;
      case ReadResult::closed:
        if (parser_.reading_body()) {
          refuse(400, "The request body ended early.");
          flush(now);
        }
        return false;
    }
  }
}

/// Parses and answers the requests already received. True when it stopped because too many
/// answers wait to be sent (call again once they are).
bool Connection::process_buffered(Clock::time_point now) {
  bool held_back = false;
  while (!close_after_) {
    if (out_.size() - out_start_ >= kMaxPendingOut) {
      held_back = true;
      break;
    }
    const std::string_view data(in_.data() + in_start_, in_.size() - in_start_);
    const bool was_started = parser_.started();
    std::size_t consumed = 0;
    const HttpParser::Result result = parser_.feed(data, consumed);
    in_start_ += consumed;
    if (!was_started && parser_.started()) request_started_ = now;
    if (result == HttpParser::Result::need_more) {
      if (parser_.reading_body() && parser_.request().expect_continue && !continue_sent_) {
        out_ += "HTTP/1.1 100 Continue\r\n\r\n";
        continue_sent_ = true;
      }
      break;
    }
    if (result == HttpParser::Result::failed) {
      refuse(parser_.error_status(), parser_.error_message());
      break;
    }
    answer(now);
  }
  if (in_start_ == in_.size()) {
    in_.clear();
    in_start_ = 0;
    shrink_if_large(in_);
  } else if (in_start_ > 16 * 1024) {
    in_.erase(0, in_start_);
    in_start_ = 0;
  }
  return held_back;
}

void Connection::answer(Clock::time_point now) {
  const HttpRequest& request = parser_.request();
  response_.clear();
  response_.head = request.method == "HEAD";
  handler_.handle(request, response_, peer_);
  ++served_;
  // HTTP/1.0 clients get one answer per connection.
  response_.close =
      response_.close || !settings_.keep_alive || !request.keep_alive ||
      request.minor_version == 0 || stopping_ ||
      (settings_.max_keep_alive_requests > 0 && served_ >= settings_.max_keep_alive_requests);
  serialize_response(response_, out_);
  close_after_ = response_.close;
  parser_.reset();
  continue_sent_ = false;
  idle_since_ = now;
}

void Connection::refuse(int status, const std::string& message) {
  handler_.refused(parser_.request(), status);
  response_.clear();
  response_.status = status;
  response_.set("Content-Type", "application/json; charset=utf-8");
  response_.body = error_body(message);
  response_.close = true;
  serialize_response(response_, out_);
  close_after_ = true;
}

bool Connection::send_deferred(Clock::time_point now) {
  deferred_ = false;
  // What is left unsent goes on the EPOLLOUT edge; input arriving meanwhile has its own
  // EPOLLIN edge (the last read found the socket empty).
  return flush(now);
}

bool Connection::flush(Clock::time_point now) {
  while (out_start_ < out_.size()) {
    const ssize_t sent =
        ::send(fd_, out_.data() + out_start_, out_.size() - out_start_, MSG_NOSIGNAL);
    if (sent > 0) {
      out_start_ += static_cast<std::size_t>(sent);
      last_write_ = now;
    } else if (sent < 0 && errno == EINTR) {
      continue;
    } else if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      return true;
    } else {
      return false;
    }
  }
  out_.clear();
  out_start_ = 0;
  shrink_if_large(out_);
  last_write_ = now;
  return true;
}

Connection::ReadResult Connection::read_some(Clock::time_point now) {
  auto& buffer = read_buffer();
  for (;;) {
    const ssize_t got = ::recv(fd_, buffer.data(), buffer.size(), 0);
    if (got > 0) {
      in_.append(buffer.data(), static_cast<std::size_t>(got));
      last_read_ = now;
      return static_cast<std::size_t>(got) < buffer.size() ? ReadResult::drained : ReadResult::data;
    }
    if (got < 0 && errno == EINTR) continue;
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return ReadResult::would_block;
    return ReadResult::closed;
  }
}

bool Connection::start_draining(Clock::time_point now) {
  ::shutdown(fd_, SHUT_WR);
  draining_ = true;
  drain_until_ = now + std::min<Clock::duration>(settings_.timeout, kMaxDrain);
  return drain(now);
}

bool Connection::drain(Clock::time_point now) {
  auto& buffer = read_buffer();
  for (;;) {
    const ssize_t got = ::recv(fd_, buffer.data(), buffer.size(), 0);
    if (got > 0) continue;
    if (got < 0 && errno == EINTR) continue;
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return now < drain_until_;
    return false;  // EOF or error: the client has read what it wanted
  }
}

bool Connection::on_tick(Clock::time_point now, bool stopping) {
  stopping_ = stopping;
  if (draining_) return now < drain_until_;
  if (out_start_ < out_.size()) return now - last_write_ < settings_.timeout;
  if (parser_.started()) {
    const bool stalled = now - last_read_ >= settings_.timeout ||
                         now - request_started_ >= settings_.request_deadline;
    if (!stalled) return true;
    if (!parser_.reading_body()) return false;  // headers not complete in time: just close
    refuse(408, "The request body did not arrive in time.");
    if (!flush(now)) return false;
    if (out_start_ < out_.size()) return true;
    return start_draining(now);
  }
  if (stopping) return false;
  const auto limit = served_ == 0 ? settings_.timeout : settings_.keep_alive_timeout;
  return now - idle_since_ < limit;
}

}  // namespace kvm48::http
