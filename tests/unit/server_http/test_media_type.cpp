#include <catch2/catch.hpp>

#include "http/media_type.hpp"

namespace kvm48::http {

TEST_CASE("Content-Type: essence lower-cased, parameters kept, malformed refused",
          "[http][media-type]") {
  const auto json = parse_media_type("Application/JSON; Charset=\"UTF-8\"");
  REQUIRE(json);
  CHECK(json->essence() == "application/json");
  CHECK(json->parameter("charset") == "UTF-8");
  CHECK_FALSE(parse_media_type("json"));
  CHECK_FALSE(parse_media_type("application/json; charset"));
  CHECK_FALSE(parse_media_type("appli cation/json"));
  CHECK_FALSE(parse_media_type(""));
}

TEST_CASE("Accept: qualities, wildcards and the most specific range", "[http][media-type]") {
  const auto ranges =
      parse_accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8, bad, x/y;q=7");
  REQUIRE(ranges.size() == 4);  // "bad" and the q=7 range are skipped
  CHECK(accept_quality(ranges, "text", "html") == 1.0);
  CHECK(accept_quality(ranges, "application", "json") == Approx(0.8));
  const auto explicit_zero = parse_accept("application/json;q=0, */*");
  CHECK(accept_quality(explicit_zero, "application", "json") == 0.0);
  CHECK(accept_quality(explicit_zero, "text", "plain") == 1.0);
  CHECK(accept_quality(parse_accept("application/*;q=0.5"), "application", "json") == 0.5);
  CHECK(accept_quality(parse_accept("text/plain"), "application", "json") == 0.0);
}

}  // namespace kvm48::http
