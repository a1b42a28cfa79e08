#include <catch2/catch.hpp>

#include "ratelimit/parse_limits.hpp"

using namespace kvm48::ratelimit;

namespace {

std::vector<RateLimitItem> parsed(std::string_view text) {
  auto result = parse_limits(text);
  if (auto* error = std::get_if<std::string>(&result)) FAIL("unexpected error: " << *error);
  return std::get<std::vector<RateLimitItem>>(result);
}

std::string error_of(std::string_view text) {
  auto result = parse_limits(text);
  REQUIRE(std::holds_alternative<std::string>(result));
  return std::get<std::string>(result);
}

RateLimitItem item(std::uint64_t amount, std::uint64_t multiples, Granularity unit) {
  return RateLimitItem{amount, multiples, unit};
}

}  // namespace

TEST_CASE("slash and per forms give the same limit", "[ratelimit][parse]") {
  const auto expected = std::vector{item(10, 1, Granularity::second)};
  CHECK(parsed("10/second") == expected);
  CHECK(parsed("10 per second") == expected);
  CHECK(parsed("10 / second") == expected);
  CHECK(parsed("  10/second  ") == expected);
  CHECK(parsed("10per second") == expected);
  CHECK(parsed("10 persecond") == expected);
  CHECK(parsed("10/seconds") == expected);
}

TEST_CASE("every unit, singular and plural, any case", "[ratelimit][parse]") {
  CHECK(parsed("1/second")[0].granularity == Granularity::second);
  CHECK(parsed("1/MINUTE")[0].granularity == Granularity::minute);
  CHECK(parsed("1 Per Hours")[0].granularity == Granularity::hour);
  CHECK(parsed("1/day")[0].granularity == Granularity::day);
  CHECK(parsed("1/months")[0].granularity == Granularity::month);
  CHECK(parsed("1 PER YEAR")[0].granularity == Granularity::year);
}

TEST_CASE("unit lengths are those of limits (month 30 days, year 360 days)", "[ratelimit][parse]") {
  CHECK(parsed("1/second")[0].window_seconds() == 1);
  CHECK(parsed("1/minute")[0].window_seconds() == 60);
  CHECK(parsed("1/hour")[0].window_seconds() == 3600);
  CHECK(parsed("1/day")[0].window_seconds() == 86400);
  CHECK(parsed("1/month")[0].window_seconds() == 2592000);
  CHECK(parsed("1/year")[0].window_seconds() == 31104000);
}

TEST_CASE("a multiple of the unit widens the window", "[ratelimit][parse]") {
  CHECK(parsed("5/2 minutes") == std::vector{item(5, 2, Granularity::minute)});
  CHECK(parsed("5 per 10 seconds") == std::vector{item(5, 10, Granularity::second)});
  CHECK(parsed("5/2minutes") == std::vector{item(5, 2, Granularity::minute)});
  CHECK(parsed("5 per 2 minutes")[0].window_seconds() == 120);
}

TEST_CASE("several limits joined by semicolons, commas or bars, in the order written", "[ratelimit][parse]") {
  const auto expected =
      std::vector{item(100, 1, Granularity::minute), item(1000, 1, Granularity::hour)};
  CHECK(parsed("100/minute; 1000 per hour") == expected);
  CHECK(parsed("100/minute,1000 per hour") == expected);
  CHECK(parsed("100/minute | 1000 per hour") == expected);
  CHECK(parsed("1/second;10/minute,100/hour|1000/day").size() == 4);
}

TEST_CASE("the quirks limits accepts are accepted too", "[ratelimit][parse]") {
  // limits reads `multiples and int(multiples) or None`: 0 means 1.
  CHECK(parsed("5/0 minutes") == std::vector{item(5, 1, Granularity::minute)});
  // Its pattern says "(:?" where "(?:" was meant: a ':' before a separator is allowed.
  CHECK(parsed("1/second:;2/minute").size() == 2);
  // An amount of 0 parses (and refuses everything).
  CHECK(parsed("0/second") == std::vector{item(0, 1, Granularity::second)});
  CHECK(parsed("1/second\n") == std::vector{item(1, 1, Granularity::second)});
}

TEST_CASE("to_string words a limit as limits does", "[ratelimit][parse]") {
  CHECK(parsed("10/2 minutes")[0].to_string() == "10 per 2 minute");
  CHECK(parsed("1/second")[0].key_part() == "1/1/second");
}

TEST_CASE("a bad string gets an error that quotes it and says what was expected",
          "[ratelimit][parse]") {
  CHECK_THAT(error_of(""), Catch::Contains("couldn't parse rate limit string ''") &&
                               Catch::Contains("at the end, expected a number"));
  CHECK_THAT(error_of("ten/second"), Catch::Contains("at character 1, expected a number"));
  CHECK_THAT(error_of("10 second"), Catch::Contains("at character 4, expected '/' or 'per'"));
  CHECK_THAT(error_of("10/fortnight"),
             Catch::Contains("at character 4, expected a unit: second, minute"));
  CHECK_THAT(error_of("10/"), Catch::Contains("at the end, expected a unit"));
  CHECK_THAT(error_of("10/secondss"), Catch::Contains("expected a unit"));
  CHECK_THAT(error_of("10/second x"),
             Catch::Contains("at character 11, expected the end or a separator"));
  CHECK_THAT(error_of("10/second;"), Catch::Contains("at the end, expected a number"));
  CHECK_THAT(error_of("10/second;;5/minute"),
             Catch::Contains("at character 11, expected a number"));
  CHECK_THAT(error_of("-1/second"), Catch::Contains("expected a number"));
  CHECK_THAT(error_of("1.5/second"), Catch::Contains("expected '/' or 'per'"));
  CHECK_THAT(error_of("1/2 3 seconds"), Catch::Contains("expected a unit"));
  CHECK_THAT(error_of("99999999999999999999/second"),
             Catch::Contains("an amount that fits 64 bits"));
  CHECK_THAT(error_of("1/99999999999999999 years"), Catch::Contains("a window shorter than"));
  CHECK_THAT(error_of("x"), Catch::Contains("'<amount> per [<multiple>] <unit>'") &&
                                Catch::Contains("e.g. '10/second; 1000 per hour'"));
}
