#include "ratelimit/ip_address.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace kvm48::ratelimit {
namespace {

// The address part of "a.b.c.d:port" or "[v6]:port" or "[v6]"; other text unchanged.
std::string_view strip_port(std::string_view text) {
  if (text.starts_with('[')) {
    auto close = text.find(']');
    if (close == std::string_view::npos) return text;
    auto rest = text.substr(close + 1);
    if (!rest.empty() && !rest.starts_with(':')) return text;  // garbage: fails to parse later
    return text.substr(1, close - 1);
  }
  if (std::count(text.begin(), text.end(), ':') == 1) return text.substr(0, text.find(':'));
  return text;
}

constexpr std::array<std::uint8_t, 12> kV4MappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

}  // namespace

std::optional<IpAddress> IpAddress::parse(std::string_view text) {
  std::string address(strip_port(text));
  if (address.empty() || address.size() > 45) return std::nullopt;
  IpAddress result;
  if (inet_pton(AF_INET, address.c_str(), result.bytes_.data()) == 1) {
    result.v4_ = true;
    return result;
  }
  if (inet_pton(AF_INET6, address.c_str(), result.bytes_.data()) != 1) return std::nullopt;
  if (std::equal(kV4MappedPrefix.begin(), kV4MappedPrefix.end(), result.bytes_.begin())) {
    std::memmove(result.bytes_.data(), result.bytes_.data() + 12, 4);
    std::fill(result.bytes_.begin() + 4, result.bytes_.end(), std::uint8_t{0});
    result.v4_ = true;
  }
  return result;
}

std::string IpAddress::to_string() const {
  char text[INET6_ADDRSTRLEN] = {};
  inet_ntop(v4_ ? AF_INET : AF_INET6, bytes_.data(), text, sizeof text);
  return text;
}

std::variant<IpNetwork, std::string> IpNetwork::parse(std::string_view text) {
  auto slash = text.find('/');
  auto address_text = text.substr(0, slash);
  // A network is a bare address: no brackets, no port (which IpAddress::parse would take).
  const bool has_port_or_brackets = address_text.find_first_of("[]") != std::string_view::npos ||
                                    std::count(address_text.begin(), address_text.end(), ':') == 1;
  auto address = IpAddress::parse(address_text);
  if (!address || has_port_or_brackets) {
    return "'" + std::string(text) + "' is not an IP address or network (e.g. 10.0.0.0/8, ::1)";
  }
  IpNetwork network;
  network.base_ = *address;
  const unsigned bits = static_cast<unsigned>(address->size() * 8);
  network.prefix_ = bits;
  if (slash != std::string_view::npos) {
    auto prefix_text = text.substr(slash + 1);
    unsigned prefix = 0;
    auto [end, error] =
        std::from_chars(prefix_text.data(), prefix_text.data() + prefix_text.size(), prefix);
    if (prefix_text.empty() || error != std::errc{} ||
        end != prefix_text.data() + prefix_text.size() || prefix > bits) {
      return "'" + std::string(text) + "': the prefix length must be 0 to " + std::to_string(bits);
    }
    network.prefix_ = prefix;
  }
  return network;
}

bool IpNetwork::contains(const IpAddress& address) const noexcept {
  if (address.is_v4() != base_.is_v4()) return false;
  const unsigned whole = prefix_ / 8;
  if (std::memcmp(address.bytes(), base_.bytes(), whole) != 0) return false;
  const unsigned rest = prefix_ % 8;
  if (rest == 0) return true;
  const auto mask = static_cast<std::uint8_t>(0xFFu << (8 - rest));
  return (address.bytes()[whole] & mask) == (base_.bytes()[whole] & mask);
}

}  // namespace kvm48::ratelimit
