#include <catch2/catch.hpp>

#include "ratelimit/client_address.hpp"

using namespace kvm48::ratelimit;

namespace {

TrustedProxies trusting(std::vector<std::string> entries) {
  auto parsed = TrustedProxies::parse(entries);
  if (auto* error = std::get_if<std::string>(&parsed)) FAIL(*error);
  return std::get<TrustedProxies>(parsed);
}

}  // namespace

TEST_CASE("without trusted proxies the peer is the client and X-Forwarded-For is ignored",
          "[ratelimit][xff]") {
  TrustedProxies nobody;
  CHECK(resolve_client_address("203.0.113.9", "", nobody) == "203.0.113.9");
  CHECK(resolve_client_address("203.0.113.9", "1.2.3.4", nobody) == "203.0.113.9");
}

TEST_CASE("an untrusted peer cannot spoof its address with X-Forwarded-For", "[ratelimit][xff]") {
  auto trusted = trusting({"10.0.0.0/8", "127.0.0.1"});
  // The attacker even names a trusted proxy and a victim: all ignored.
  CHECK(resolve_client_address("203.0.113.9", "198.51.100.7, 10.0.0.1", trusted) == "203.0.113.9");
  CHECK(resolve_client_address("203.0.113.9", "127.0.0.1", trusted) == "203.0.113.9");
}

TEST_CASE("behind one trusted proxy the rightmost entry is the client", "[ratelimit][xff]") {
  auto trusted = trusting({"127.0.0.1"});
  CHECK(resolve_client_address("127.0.0.1", "198.51.100.7", trusted) == "198.51.100.7");
  // The client sent its own X-Forwarded-For; the proxy appended the real address.
  CHECK(resolve_client_address("127.0.0.1", "1.1.1.1, 198.51.100.7", trusted) == "198.51.100.7");
  CHECK(resolve_client_address("127.0.0.1", " 1.1.1.1 ,198.51.100.7 ", trusted) == "198.51.100.7");
}

TEST_CASE("a chain of trusted proxies is walked from the right", "[ratelimit][xff]") {
  auto trusted = trusting({"10.0.0.0/8", "192.168.1.1"});
  CHECK(resolve_client_address("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.168.1.1, 10.9.9.9",
                               trusted) == "198.51.100.7");
}

TEST_CASE("when every hop is trusted the leftmost is the client", "[ratelimit][xff]") {
  auto trusted = trusting({"10.0.0.0/8"});
  CHECK(resolve_client_address("10.0.0.1", "10.0.0.3, 10.0.0.2", trusted) == "10.0.0.3");
}

TEST_CASE("a trusted peer without X-Forwarded-For is the client", "[ratelimit][xff]") {
  auto trusted = trusting({"127.0.0.1"});
  CHECK(resolve_client_address("127.0.0.1", "", trusted) == "127.0.0.1");
  CHECK(resolve_client_address("127.0.0.1", " , ", trusted) == "127.0.0.1");
}

TEST_CASE("a malformed entry stops the walk at the last trusted hop", "[ratelimit][xff]") {
  auto trusted = trusting({"10.0.0.0/8"});
  CHECK(resolve_client_address("10.0.0.1", "198.51.100.7, unknown", trusted) == "10.0.0.1");
  CHECK(resolve_client_address("10.0.0.1", "198.51.100.7, evil, 10.0.0.2", trusted) == "10.0.0.2");
  CHECK(resolve_client_address("10.0.0.1", "999.1.1.1", trusted) == "10.0.0.1");
}

TEST_CASE("IPv6 peers, entries and networks", "[ratelimit][xff]") {
  auto trusted = trusting({"::1", "fd00::/8"});
  CHECK(resolve_client_address("::1", "2001:db8::7", trusted) == "2001:db8::7");
  CHECK(resolve_client_address("fd12:3456::1", "2001:DB8:0:0::7, fd00::2", trusted) ==
        "2001:db8::7");
  CHECK(resolve_client_address("2001:db8::99", "2001:db8::7", trusted) == "2001:db8::99");
  CHECK(resolve_client_address("::1", "[2001:db8::7]:51234", trusted) == "2001:db8::7");
}

TEST_CASE("IPv4-mapped IPv6 is IPv4", "[ratelimit][xff]") {
  auto trusted = trusting({"127.0.0.0/8"});
  CHECK(resolve_client_address("::ffff:127.0.0.1", "198.51.100.7", trusted) == "198.51.100.7");
  CHECK(resolve_client_address("::ffff:203.0.113.9", "1.2.3.4", trusted) == "203.0.113.9");
}

TEST_CASE("entries with ports are read without them", "[ratelimit][xff]") {
  auto trusted = trusting({"127.0.0.1"});
  CHECK(resolve_client_address("127.0.0.1:8080", "198.51.100.7:40000", trusted) == "198.51.100.7");
}

TEST_CASE("CIDR prefixes that are not byte aligned", "[ratelimit][xff]") {
  auto trusted = trusting({"172.16.0.0/12", "2001:db8:8000::/33"});
  CHECK(resolve_client_address("172.31.255.255", "1.2.3.4", trusted) == "1.2.3.4");
  CHECK(resolve_client_address("172.32.0.1", "1.2.3.4", trusted) == "172.32.0.1");
  CHECK(resolve_client_address("2001:db8:8000::1", "1.2.3.4", trusted) == "1.2.3.4");
  CHECK(resolve_client_address("2001:db8:7fff::1", "1.2.3.4", trusted) == "2001:db8:7fff::1");
  // An IPv4 network never matches an IPv6 address and the other way round.
  auto v4_all = trusting({"0.0.0.0/0"});
  CHECK(resolve_client_address("2001:db8::1", "1.2.3.4", v4_all) == "2001:db8::1");
  CHECK(resolve_client_address("192.0.2.1", "1.2.3.4", v4_all) == "1.2.3.4");
}

TEST_CASE("a peer that is not an address is returned as it is", "[ratelimit][xff]") {
  CHECK(resolve_client_address("unix-socket", "1.2.3.4", trusting({"0.0.0.0/0"})) == "unix-socket");
}

TEST_CASE("bad trusted proxy entries are errors that name them", "[ratelimit][xff]") {
  auto error = [](std::string entry) {
    auto parsed = TrustedProxies::parse({"127.0.0.1", entry});
    REQUIRE(std::holds_alternative<std::string>(parsed));
    return std::get<std::string>(parsed);
  };
  CHECK_THAT(error("localhost"), Catch::Contains("trusted proxy 'localhost' is not an IP address"));
  CHECK_THAT(error("10.0.0.0/33"), Catch::Contains("prefix length must be 0 to 32"));
  CHECK_THAT(error("::/129"), Catch::Contains("0 to 128"));
  CHECK_THAT(error("10.0.0.0/"), Catch::Contains("prefix length"));
  CHECK_THAT(error("10.0.0.0/8x"), Catch::Contains("prefix length"));
  CHECK_THAT(error("10.0.0.1:80"), Catch::Contains("is not an IP address"));
  CHECK_THAT(error("[::1]"), Catch::Contains("is not an IP address"));
  CHECK_THAT(error(""), Catch::Contains("is not an IP address"));
}
