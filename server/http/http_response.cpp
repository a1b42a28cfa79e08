#include "http/http_response.hpp"

#include <ctime>

#include "http/http_request.hpp"

namespace kvm48::http {
namespace {

/// The Date header's value, formatted once a second per thread.
const std::string& http_date() {
  thread_local std::time_t formatted_at = 0;
  thread_local std::string text;
  const std::time_t now = std::time(nullptr);
  if (now != formatted_at) {
    std::tm parts{};
    gmtime_r(&now, &parts);
    char buffer[64];
    const std::size_t length =
        std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &parts);
    text.assign(buffer, length);
    formatted_at = now;
  }
  return text;
}

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  out += '"';
}

}  // namespace

void HttpResponse::set(std::string_view name, std::string_view value) {
  for (auto& [key, current] : headers) {
    if (iequals(key, name)) {
      current.assign(value);
      return;
    }
  }
  headers.emplace_back(name, value);
}

void HttpResponse::clear() {
  status = 200;
  headers.clear();
  body.clear();
  close = false;
  head = false;
}

std::string_view reason_phrase(int status) {
  switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
  }
}

void serialize_response(const HttpResponse& response, std::string& out) {
  out += "HTTP/1.1 ";
  out += std::to_string(response.status);
  out += ' ';
  out += reason_phrase(response.status);
  out += "\r\nDate: ";
  out += http_date();
  out += "\r\nServer: kvm48-server\r\n";
  for (const auto& [name, value] : response.headers) {
    out += name;
    out += ": ";
    out += value;
    out += "\r\n";
  }
  out += "Content-Length: ";
  out += std::to_string(response.body.size());
  out += response.close ? "\r\nConnection: Close\r\n\r\n" : "\r\n\r\n";
  if (!response.head) out += response.body;
}

std::string error_body(std::string_view message) {
  std::string body = "{\"errors\":[{\"message\":";
  append_json_string(body, message);
  body += "}]}";
  return body;
}

}  // namespace kvm48::http
