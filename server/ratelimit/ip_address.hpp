#pragma once
// IPv4/IPv6 addresses and networks (CIDR), just enough to decide which hops are trusted.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace kvm48::ratelimit {

/// An IP address. IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are stored as IPv4, so a
/// dual-stack socket's peer matches IPv4 networks and keys the same client the same way.
class IpAddress {
 public:
  /// "203.0.113.7", "2001:db8::1", "[2001:db8::1]"; also with a port ("203.0.113.7:443",
  /// "[2001:db8::1]:443") as some proxies write them. nullopt when not an address.
  static std::optional<IpAddress> parse(std::string_view text);

  [[nodiscard]] bool is_v4() const noexcept { return v4_; }
  /// Canonical text: dotted quad, or RFC 5952 IPv6 ("2001:db8::1").
  [[nodiscard]] std::string to_string() const;
  /// Address bytes: 4 for IPv4, 16 for IPv6, in network order.
  [[nodiscard]] const std::uint8_t* bytes() const noexcept { return bytes_.data(); }
  [[nodiscard]] std::size_t size() const noexcept { return v4_ ? 4 : 16; }

 private:
  std::array<std::uint8_t, 16> bytes_{};
  bool v4_ = false;
};

/// A network "address/prefix"; a bare address is a /32 or /128.
class IpNetwork {
 public:
  /// "10.0.0.0/8", "2001:db8::/32", "127.0.0.1", "::1". Either the network or an error.
  static std::variant<IpNetwork, std::string> parse(std::string_view text);

  [[nodiscard]] bool contains(const IpAddress& address) const noexcept;

 private:
  IpAddress base_;
  unsigned prefix_ = 0;
};

}  // namespace kvm48::ratelimit
