#include "ratelimit/storage_url.hpp"

#include <charconv>
#include <optional>

namespace kvm48::ratelimit {
namespace {

using Result = std::variant<StorageUrl, std::string>;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    int high = hex_value(text[i + 1]);
    int low = hex_value(text[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

template <typename Number>
std::optional<Number> to_number(std::string_view digits) {
  Number value{};
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || error != std::errc{} || end != digits.data() + digits.size()) {
    return std::nullopt;
  }
  return value;
}

std::string bad(std::string_view why) {
  return "invalid rate limit storage URL: " + std::string(why) +
         " (expected 'memory://' or 'redis://[[user]:password@]host[:port][/db]')";
}

// "user:password" or ":password" or "password"-less forms, into the URL.
std::optional<std::string> read_credentials(std::string_view userinfo, RedisUrl& url) {
  auto colon = userinfo.find(':');
  auto user = percent_decode(userinfo.substr(0, colon));
  auto password = percent_decode(colon == std::string_view::npos ? "" : userinfo.substr(colon + 1));
  if (!user || !password) return "a malformed %-escape in the credentials";
  if (colon == std::string_view::npos) {
    // "redis://secret@host": `limits` (redis-py) reads a lone userinfo as the username;
    // without a password that cannot authenticate, so say so.
    return "credentials without ':' (write redis://:password@host or redis://user:password@host)";
  }
  url.user = *user;
  url.password = *password;
  return std::nullopt;
}

std::optional<std::string> read_host_port(std::string_view authority, RedisUrl& url) {
  std::optional<std::string_view> port_text;
  if (authority.starts_with('[')) {
    auto close = authority.find(']');
    if (close == std::string_view::npos) return "an IPv6 host without its closing ']'";
    url.host = std::string(authority.substr(1, close - 1));
    auto rest = authority.substr(close + 1);
    if (!rest.empty() && !rest.starts_with(':')) return "text after the IPv6 host";
    if (!rest.empty()) port_text = rest.substr(1);
  } else if (auto colon = authority.rfind(':'); colon != std::string_view::npos) {
    url.host = std::string(authority.substr(0, colon));
    port_text = authority.substr(colon + 1);
  } else {
    url.host = std::string(authority);
  }
  if (url.host.empty()) return "no host";
  if (port_text) {
    auto port = to_number<std::uint16_t>(*port_text);
    if (!port || *port == 0) return "a port that is not a number from 1 to 65535";
    url.port = *port;
  }
  return std::nullopt;
}

Result parse_redis(std::string_view rest) {
  RedisUrl url;
  auto slash = rest.find('/');
  auto authority = rest.substr(0, slash);
  if (auto query = rest.find_first_of("?#"); query != std::string_view::npos) {
    return bad("query parameters are not supported");
  }
  if (auto at = authority.rfind('@'); at != std::string_view::npos) {
    if (auto error = read_credentials(authority.substr(0, at), url)) return bad(*error);
    authority = authority.substr(at + 1);
  }
  if (auto error = read_host_port(authority, url)) return bad(*error);
  if (slash != std::string_view::npos && slash + 1 < rest.size()) {
    auto db = to_number<int>(rest.substr(slash + 1));
    if (!db || *db < 0) return bad("a database that is not a number >= 0");
    url.db = *db;
  }
  return StorageUrl{url};
}

}  // namespace

std::string RedisUrl::redacted() const {
  std::string credentials = password.empty() && user.empty() ? "" : (user + ":***@");
  std::string shown_host = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return "redis://" + credentials + shown_host + ":" + std::to_string(port) + "/" +
         std::to_string(db);
}

std::variant<StorageUrl, std::string> parse_storage_url(std::string_view url) {
  if (url == "memory://") return StorageUrl{MemoryUrl{}};
  constexpr std::string_view kRedis = "redis://";
  if (url.starts_with(kRedis)) return parse_redis(url.substr(kRedis.size()));
  if (url.starts_with("rediss://")) return bad("TLS (rediss://) is not supported");
  return bad("unknown scheme in '" + std::string(url.substr(0, url.find(':'))) + "'");
}

}  // namespace kvm48::ratelimit
