#include "ratelimit/client_address.hpp"

namespace kvm48::ratelimit {
namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// Splits off the rightmost comma-separated entry of `list` (trimmed); shrinks `list`.
std::string_view pop_rightmost(std::string_view& list) {
  const auto comma = list.rfind(',');
  std::string_view entry = comma == std::string_view::npos ? list : list.substr(comma + 1);
  list = comma == std::string_view::npos ? std::string_view{} : list.substr(0, comma);
  return trim(entry);
}

}  // namespace

std::variant<TrustedProxies, std::string> TrustedProxies::parse(
    const std::vector<std::string>& entries) {
  TrustedProxies proxies;
  for (const auto& entry : entries) {
    auto network = IpNetwork::parse(trim(entry));
    if (auto* error = std::get_if<std::string>(&network)) return "trusted proxy " + *error;
    proxies.networks_.push_back(std::get<IpNetwork>(network));
  }
  return proxies;
}

bool TrustedProxies::trusts(const IpAddress& address) const noexcept {
  for (const auto& network : networks_) {
    if (network.contains(address)) return true;
  }
  return false;
}

std::string resolve_client_address(std::string_view peer, std::string_view forwarded_for,
                                   const TrustedProxies& trusted) {
  auto hop = IpAddress::parse(trim(peer));
  if (!hop) return std::string(peer);
  std::string_view remaining = forwarded_for;
  while (trusted.trusts(*hop) && !trim(remaining).empty()) {
    auto entry = pop_rightmost(remaining);
    if (entry.empty()) continue;  // "a,,b": an empty entry says nothing
    auto previous = IpAddress::parse(entry);
    if (!previous) break;
    hop = previous;
  }
  return hop->to_string();
}

}  // namespace kvm48::ratelimit
