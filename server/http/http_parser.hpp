#pragma once
// Incremental HTTP/1.x request parser: fed whatever bytes have arrived (one at a time, or
// several pipelined requests at once), it fills one HttpRequest at a time.
//
// Limits are enforced while reading, before anything large is buffered: a request line
// longer than the URI limit is 414, a header section over max_head_bytes is 431, a body
// announced (Content-Length) or decoded (chunked) over max_body_bytes is 413. Malformed
// request lines, headers, lengths or chunks are 400; other HTTP versions 505; other
// transfer codings 501. After a failure the connection must close (the stream position is
// lost). Not thread-safe; one per connection.

#include <cstddef>
#include <string>
#include <string_view>

#include "http/http_request.hpp"

namespace kvm48::http {

struct ParserLimits {
  std::size_t max_uri_bytes = 8192;
  std::size_t max_head_bytes = 64 * 1024;  ///< request line + headers (+ chunked trailers)
  std::size_t max_body_bytes = 1024 * 1024;
};

class HttpParser {
 public:
  enum class Result {
    need_more,  ///< everything given was consumed or kept; feed more
    complete,   ///< request() is whole; handle it, then reset() before feeding again
    failed,     ///< error_status()/error_message() say why; close after answering
  };

  explicit HttpParser(ParserLimits limits) : limits_(limits) {}

  /// Parses from `data` (the bytes not consumed yet, oldest first). Sets `consumed` to the
  /// number of bytes of `data` the caller must drop; bytes of an unfinished head are not
  /// consumed (they are re-offered with more next time, scanning resumes where it stopped).
  Result feed(std::string_view data, std::size_t& consumed);
  /// Ready for the next request (keeps buffers' capacity).
  void reset();

  [[nodiscard]] HttpRequest& request() { return request_; }
  /// Some byte of the current request has arrived.
  [[nodiscard]] bool started() const { return phase_ != Phase::idle; }
  /// The head is parsed and the body is being read.
  [[nodiscard]] bool reading_body() const { return phase_ != Phase::idle && phase_ != Phase::head; }
  [[nodiscard]] int error_status() const { return error_status_; }
  [[nodiscard]] const std::string& error_message() const { return error_message_; }

 private:
  enum class Phase { idle, head, length_body, chunk_size, chunk_data, chunk_end, trailers, done };

  Result fail(int status, std::string message);
  Result feed_head(std::string_view data, std::size_t& consumed);
  bool parse_request_line(std::string_view line);
  bool parse_header_line(std::string_view line);
  Result start_body();
  Result feed_body(std::string_view data, std::size_t& consumed);
  Result feed_chunked(std::string_view data, std::size_t& consumed);

  ParserLimits limits_;
  HttpRequest request_;
  Phase phase_ = Phase::idle;
  std::size_t scanned_ = 0;    ///< bytes of the unfinished head already searched
  std::size_t remaining_ = 0;  ///< body or chunk bytes still expected
  std::size_t trailer_bytes_ = 0;
  int error_status_ = 0;
  std::string error_message_;
};

}  // namespace kvm48::http
