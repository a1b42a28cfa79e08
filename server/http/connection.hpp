#pragma once
// One accepted client connection on an event loop: reads what arrives, parses requests,
// answers them in order (handlers run synchronously), writes answers without blocking, and
// applies the timeouts. Owned and driven by one EventLoop thread only.
//
// Closing: after an answer marked close (the client's wish, an error, limits, stopping),
// the write side is shut down and what the client still sends is read and dropped for a
// moment before the socket closes, so that the client reads the answer instead of a reset.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

#include "http/http_parser.hpp"
#include "http/http_request.hpp"
#include "http/http_response.hpp"

namespace kvm48::http {

using Clock = std::chrono::steady_clock;

/// What the transport calls for each request. Called on loop threads, concurrently from
/// several loops: implementations must be thread-safe. Must not throw.
class RequestHandler {
 public:
  virtual ~RequestHandler() = default;
  /// Fills `response` (status, headers, body, close) for `request`. `peer` is the client's
  /// address ("127.0.0.1", "::1").
  virtual void handle(const HttpRequest& request, HttpResponse& response,
                      const std::string& peer) = 0;
  /// The transport answered `status` itself (400, 408, 413, 414, 431, 501, 505).
  virtual void refused(const HttpRequest& request, int status) = 0;
};

struct ConnectionSettings {
  ParserLimits limits;
  std::chrono::seconds timeout{10};           ///< no progress reading or writing: give up
  std::chrono::seconds request_deadline{30};  ///< a whole request (head and body)
  bool keep_alive = true;
  std::chrono::seconds keep_alive_timeout{15};  ///< idle between requests
  int max_keep_alive_requests = 1000;           ///< 0: no limit
};

class Connection {
 public:
  /// Takes ownership of `fd` (non-blocking, connected). `settings` and `handler` outlive it.
  Connection(int fd, std::string peer, const ConnectionSettings& settings, RequestHandler& handler,
             Clock::time_point now);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  [[nodiscard]] int fd() const { return fd_; }
  /// The socket is readable or writable (edge-triggered): reads, handles, writes as far as
  /// possible. `hung_up`: the event said the peer closed its side (read to the end then).
  /// False: close it now.
  bool on_ready(Clock::time_point now, bool hung_up = true);
  /// Timeouts, every ~100 ms. `stopping`: the server is stopping; idle connections close,
  /// busy ones close after their current answer. False: close it now.
  bool on_tick(Clock::time_point now, bool stopping);
  /// Nothing of a request is pending (no partial request, nothing left to write).
  [[nodiscard]] bool idle() const;
  /// on_ready answered everything received and left the answers for send_deferred, which
  /// the loop calls once it has handled the rest of its batch of events.
  [[nodiscard]] bool has_deferred() const { return deferred_; }
  /// Sends what on_ready left. False: close it now.
  bool send_deferred(Clock::time_point now);

 private:
  enum class ReadResult { data, drained, would_block, closed };

  bool process_buffered(Clock::time_point now);
  void answer(Clock::time_point now);
  void refuse(int status, const std::string& message);
  bool flush(Clock::time_point now);
  ReadResult read_some(Clock::time_point now);
  bool drain(Clock::time_point now);
  bool start_draining(Clock::time_point now);

  int fd_;
  std::string peer_;
  const ConnectionSettings& settings_;
  RequestHandler& handler_;
  HttpParser parser_;
  HttpResponse response_;
  std::string in_;  ///< received, not consumed yet (from in_start_)
  std::size_t in_start_ = 0;
  std::string out_;  ///< to send (from out_start_)
  std::size_t out_start_ = 0;
  int served_ = 0;              ///< requests answered
  bool close_after_ = false;    ///< no more requests: close once out_ is sent
  bool draining_ = false;       ///< write side shut; dropping input until EOF or the deadline
  bool continue_sent_ = false;  ///< 100 Continue sent for the current request
  bool stopping_ = false;
  bool deferred_ = false;  ///< answers left for send_deferred
  Clock::time_point last_read_;
  Clock::time_point last_write_;
  Clock::time_point request_started_;
  Clock::time_point idle_since_;
  Clock::time_point drain_until_;
};

}  // namespace kvm48::http
