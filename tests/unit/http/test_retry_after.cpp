#include <catch2/catch.hpp>

#include "http/retry_after.hpp"

using kvm48::host::parse_retry_after;
using namespace std::chrono;

TEST_CASE("Retry-After in seconds is read as a delay") {
  const auto now = system_clock::now();
  CHECK(parse_retry_after("120", now) == milliseconds(120000));
  CHECK(parse_retry_after(" 0 ", now) == milliseconds(0));
}

TEST_CASE("Retry-After as an HTTP-date is the time left until then") {
  const auto now = system_clock::from_time_t(784111777);  // Sun, 06 Nov 1994 08:49:37 GMT
  CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:47 GMT", now) == milliseconds(10000));
  CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:00 GMT", now) == milliseconds(0));
}

TEST_CASE("a malformed Retry-After is ignored") {
  const auto now = system_clock::now();
  CHECK_FALSE(parse_retry_after("", now));
  CHECK_FALSE(parse_retry_after("soon", now));
  CHECK_FALSE(parse_retry_after("12s", now));
}
