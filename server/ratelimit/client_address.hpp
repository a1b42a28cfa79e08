#pragma once
// Which address a request counts against: the peer, unless the peer is a trusted proxy, in
// which case X-Forwarded-For is walked from the right, past the trusted hops (nginx's
// real_ip_recursive; werkzeug's ProxyFix with the number of proxies made explicit).

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ratelimit/ip_address.hpp"

namespace kvm48::ratelimit {

/// The proxies whose X-Forwarded-For we believe. Immutable, thread-safe to share.
class TrustedProxies {
 public:
  TrustedProxies() = default;  // trusts nobody: X-Forwarded-For is always ignored
  /// Each entry an address or CIDR network, IPv4 or IPv6 ("127.0.0.1", "10.0.0.0/8",
  /// "::1", "fd00::/8"). Either the set or an error naming the bad entry.
  static std::variant<TrustedProxies, std::string> parse(const std::vector<std::string>& entries);

  [[nodiscard]] bool trusts(const IpAddress& address) const noexcept;
  [[nodiscard]] bool empty() const noexcept { return networks_.empty(); }

 private:
  std::vector<IpNetwork> networks_;
};

/// The client address of a request, canonical text ("2001:db8::1", IPv4-mapped shown as
/// IPv4), used as the rate-limit key.
///  - `peer`: the TCP peer address (a port, if present, is ignored).
///  - `forwarded_for`: the X-Forwarded-For value; several header lines joined with ",";
///    empty when absent.
/// An untrusted peer's X-Forwarded-For is ignored entirely, so it cannot be spoofed. From a
/// trusted peer, entries are read right to left; the first one that is not a trusted proxy
/// is the client. If every entry is trusted, the leftmost is. A malformed entry stops the
/// walk (whatever is left of it was written by someone we cannot vouch for) and the last
/// trusted hop seen counts as the client. A peer that is not an address is returned as is.
std::string resolve_client_address(std::string_view peer, std::string_view forwarded_for,
                                   const TrustedProxies& trusted);

}  // namespace kvm48::ratelimit
