#pragma once
// Storage URLs as Flask-Limiter / `limits` write them: "memory://" or
// "redis://[[user]:password@]host[:port][/db]" (user and password percent-decoded,
// IPv6 hosts in brackets, port 6379 and db 0 by default).

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace kvm48::ratelimit {

struct MemoryUrl {};

struct RedisUrl {
  std::string host;
  std::uint16_t port = 6379;
  std::string user;      ///< empty: AUTH with the password alone (Redis < 6 style)
  std::string password;  ///< empty: no AUTH
  int db = 0;

  /// "redis://host:port/db" with the credentials masked, for logs and errors.
  [[nodiscard]] std::string redacted() const;
};

using StorageUrl = std::variant<MemoryUrl, RedisUrl>;

/// The parsed URL, or an error message that names the problem (never the password).
std::variant<StorageUrl, std::string> parse_storage_url(std::string_view url);

}  // namespace kvm48::ratelimit
