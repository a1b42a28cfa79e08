#include "http/http_parser.hpp"

#include <algorithm>
#include <charconv>

namespace kvm48::http {
namespace {

constexpr std::size_t kMaxChunkLine = 1024;

bool is_token_char(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool is_token(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_token_char);
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

/// Does the comma-separated list contain `token` (case-insensitive)?
bool list_contains(std::string_view list, std::string_view token) {
  while (!list.empty()) {
    const auto comma = list.find(',');
    if (iequals(trim(list.substr(0, comma)), token)) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

bool parse_decimal(std::string_view text, std::size_t& value) {
  if (text.empty() || text.size() > 18) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

HttpParser::Result HttpParser::fail(int status, std::string message) {
  error_status_ = status;
  error_message_ = std::move(message);
  return Result::failed;
}

void HttpParser::reset() {
  request_.clear();
  phase_ = Phase::idle;
  scanned_ = 0;
  remaining_ = 0;
  trailer_bytes_ = 0;
}

HttpParser::Result HttpParser::feed(std::string_view data, std::size_t& consumed) {
  consumed = 0;
  if (error_status_ != 0) return Result::failed;
  if (phase_ == Phase::idle || phase_ == Phase::head) {
    const Result head = feed_head(data, consumed);
    if (head != Result::need_more || phase_ == Phase::head || phase_ == Phase::idle) return head;
  }
  if (phase_ == Phase::done) return Result::complete;
  std::size_t body_consumed = 0;
  const Result body = feed_body(data.substr(consumed), body_consumed);
  consumed += body_consumed;
  return body;
}

HttpParser::Result HttpParser::feed_head(std::string_view data, std::size_t& consumed) {
  // Empty lines before a request line are ignored (RFC 9112 §2.2).
  if (phase_ == Phase::idle) {
    while (consumed < data.size() && (data[consumed] == '\r' || data[consumed] == '\n')) {
      ++consumed;
    }
    data.remove_prefix(consumed);
    if (data.empty()) return Result::need_more;
    phase_ = Phase::head;
    scanned_ = 0;
  }
  const std::size_t from = scanned_ >= 3 ? scanned_ - 3 : 0;
  const std::size_t end = data.find("\r\n\r\n", from);
  if (end == std::string_view::npos) {
    scanned_ = data.size();
    // A request line this long cannot carry an acceptable URI (method and version are short).
    const std::size_t longest_line = limits_.max_uri_bytes + 64;
    if (data.size() > longest_line &&
        data.substr(0, longest_line + 2).find("\r\n") == std::string_view::npos) {
      return fail(414, "The request URI is longer than " + std::to_string(limits_.max_uri_bytes) +
                           " bytes; send long queries with POST.");
    }
    if (data.size() > limits_.max_head_bytes) {
      return fail(431, "The request header section is larger than " +
                           std::to_string(limits_.max_head_bytes) + " bytes.");
    }
    return Result::need_more;
  }
  if (end + 4 > limits_.max_head_bytes) {
    return fail(431, "The request header section is larger than " +
                         std::to_string(limits_.max_head_bytes) + " bytes.");
  }
  const std::string_view head = data.substr(0, end + 2);  // each line ends with CRLF
  std::size_t line_end = head.find("\r\n");
  if (!parse_request_line(head.substr(0, line_end))) return Result::failed;
  for (std::size_t start = line_end + 2; start < head.size(); start = line_end + 2) {
    line_end = head.find("\r\n", start);
    if (!parse_header_line(head.substr(start, line_end - start))) return Result::failed;
  }
  consumed += end + 4;
  return start_body();
}

bool HttpParser::parse_request_line(std::string_view line) {
  const auto first = line.find(' ');
  const auto last = line.rfind(' ');
  if (first == std::string_view::npos || first == last) {
    fail(400, "Malformed request line.");
    return false;
  }
  const std::string_view method = line.substr(0, first);
  const std::string_view uri = line.substr(first + 1, last - first - 1);
  const std::string_view version = line.substr(last + 1);
  if (!is_token(method) || uri.empty() || uri.find(' ') != std::string_view::npos) {
    fail(400, "Malformed request line.");
    return false;
  }
  if (uri.size() > limits_.max_uri_bytes) {
    fail(414, "The request URI is longer than " + std::to_string(limits_.max_uri_bytes) +
                  " bytes; send long queries with POST.");
    return false;
  }
  if (version.size() != 8 || !version.starts_with("HTTP/") || version[6] != '.' ||
      version[5] < '0' || version[5] > '9' || version[7] < '0' || version[7] > '9') {
    fail(400, "Malformed HTTP version.");
    return false;
  }
  if (version[5] != '1') {
    fail(505, "Only HTTP/1.0 and HTTP/1.1 are supported.");
    return false;
  }
  for (const char c : uri) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
      fail(400, "Malformed request URI.");
      return false;
    }
  }
  request_.method.assign(method);
  request_.uri.assign(uri);
  request_.minor_version = version[7] - '0';
  // absolute-form (a proxy's form): the path starts after the authority.
  std::string_view target = uri;
  if (const auto scheme = target.find("://");
      scheme != std::string_view::npos && target.front() != '/') {
    const auto slash = target.find('/', scheme + 3);
    target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
  }
  const auto question = target.find('?');
  request_.path.assign(target.substr(0, question));
  if (question != std::string_view::npos) request_.query.assign(target.substr(question + 1));
  return true;
}

bool HttpParser::parse_header_line(std::string_view line) {
  const auto colon = line.find(':');
  // No name, whitespace before the colon, or obsolete line folding: refused (RFC 9112 §5).
  if (colon == std::string_view::npos || !is_token(line.substr(0, colon))) {
    fail(400, "Malformed header line.");
    return false;
  }
  const std::string_view value = trim(line.substr(colon + 1));
  for (const char c : value) {
    if (c == '\r' || c == '\n' || c == '\0') {
      fail(400, "Malformed header value.");
      return false;
    }
  }
  request_.headers.emplace_back(line.substr(0, colon), value);
  return true;
}

HttpParser::Result HttpParser::start_body() {
  const std::string* connection = request_.find("Connection");
  if (request_.minor_version == 0) {
    request_.keep_alive = connection && list_contains(*connection, "keep-alive");
  } else {
    request_.keep_alive = !(connection && list_contains(*connection, "close"));
  }
  if (const std::string* expect = request_.find("Expect")) {
    if (!iequals(*expect, "100-continue")) return fail(417, "Only Expect: 100-continue is known.");
    request_.expect_continue = request_.minor_version >= 1;
  }
  const std::string* encoding = request_.find("Transfer-Encoding");
  bool has_length = false;
  std::size_t length = 0;
  for (const auto& [name, value] : request_.headers) {
    if (!iequals(name, "Content-Length")) continue;
    std::size_t this_length = 0;
    if (!parse_decimal(value, this_length) || (has_length && this_length != length)) {
      return fail(400, "Malformed Content-Length.");
    }
    has_length = true;
    length = this_length;
  }
  if (encoding != nullptr) {
    if (has_length) return fail(400, "Both Transfer-Encoding and Content-Length were sent.");
    if (!iequals(trim(*encoding), "chunked")) {
      return fail(501, "Transfer-Encoding other than chunked is not supported.");
    }
    phase_ = Phase::chunk_size;
    return Result::need_more;
  }
  if (length > limits_.max_body_bytes) {
    return fail(413, "The request body is larger than " + std::to_string(limits_.max_body_bytes) +
                         " bytes.");
  }
  if (length == 0) {
    phase_ = Phase::done;
    return Result::complete;
  }
  request_.body.reserve(length);
  remaining_ = length;
  phase_ = Phase::length_body;
  return Result::need_more;
}

HttpParser::Result HttpParser::feed_body(std::string_view data, std::size_t& consumed) {
  if (phase_ != Phase::length_body) return feed_chunked(data, consumed);
  const std::size_t take = std::min(remaining_, data.size());
  request_.body.append(data.data(), take);
  consumed = take;
  remaining_ -= take;
  if (remaining_ > 0) return Result::need_more;
  phase_ = Phase::done;
  return Result::complete;
}

HttpParser::Result HttpParser::feed_chunked(std::string_view data, std::size_t& consumed) {
  for (;;) {
    const std::string_view rest = data.substr(consumed);
    if (phase_ == Phase::chunk_data) {
      const std::size_t take = std::min(remaining_, rest.size());
      request_.body.append(rest.data(), take);
      consumed += take;
      remaining_ -= take;
      if (remaining_ > 0) return Result::need_more;
      phase_ = Phase::chunk_end;
      continue;
    }
    const std::size_t line_end = rest.find("\r\n");
    if (line_end == std::string_view::npos) {
      if (rest.size() > kMaxChunkLine) return fail(400, "Malformed chunked body.");
      return Result::need_more;
    }
    const std::string_view line = rest.substr(0, line_end);
    consumed += line_end + 2;
    if (phase_ == Phase::chunk_end) {
      if (!line.empty()) return fail(400, "Malformed chunked body.");
      phase_ = Phase::chunk_size;
    } else if (phase_ == Phase::chunk_size) {
      const std::string_view digits = trim(line.substr(0, line.find(';')));
      std::size_t size = 0;
      const auto [end, error] =
          std::from_chars(digits.data(), digits.data() + digits.size(), size, 16);
      if (digits.empty() || digits.size() > 15 || error != std::errc() ||
          end != digits.data() + digits.size()) {
        return fail(400, "Malformed chunk size.");
      }
      if (request_.body.size() + size > limits_.max_body_bytes) {
        return fail(413, "The request body is larger than " +
                             std::to_string(limits_.max_body_bytes) + " bytes.");
      }
      remaining_ = size;
      phase_ = size == 0 ? Phase::trailers : Phase::chunk_data;
    } else {  // trailers: ignored, bounded like headers
      trailer_bytes_ += line.size() + 2;
      if (trailer_bytes_ > limits_.max_head_bytes) {
        return fail(431, "The request trailer section is too large.");
      }
      if (line.empty()) {
        phase_ = Phase::done;
        return Result::complete;
      }
    }
  }
}

}  // namespace kvm48::http
