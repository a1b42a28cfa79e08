#include <catch2/catch.hpp>

#include "config/env_expand.hpp"

using kvm48::host::expand_env;

namespace {

std::optional<std::string> env(const std::string& name) {
  if (name == "PASSWORD") return "s3cret";
  if (name == "EMPTY") return "";
  return std::nullopt;
}

std::string ok(std::string_view text) {
  auto result = expand_env(text, env);
  REQUIRE(result.index() == 0);
  return std::get<0>(result);
}

std::string error(std::string_view text) {
  auto result = expand_env(text, env);
  REQUIRE(result.index() == 1);
  return std::get<1>(result);
}

}  // namespace

TEST_CASE("env references are replaced by the variable's value") {
  CHECK(ok("postgresql://kvm48:${PASSWORD}@db/kvm48") == "postgresql://kvm48:s3cret@db/kvm48");
  CHECK(ok("${PASSWORD}${PASSWORD}") ==
        "s3cret"
        "s3cret");
  CHECK(ok("no references") == "no references");
  CHECK(ok("${EMPTY}") == "");
}

TEST_CASE("env references may carry a fallback for unset variables") {
  CHECK(ok("${UNSET:-fallback}") == "fallback");
  CHECK(ok("${PASSWORD:-fallback}") == "s3cret");
  CHECK(ok("${UNSET:-}") == "");
}

TEST_CASE("$${ is a literal ${ and a lone $ is kept") {
  CHECK(ok("$${PASSWORD}") == "${PASSWORD}");
  CHECK(ok("cost: $5") == "cost: $5");
}

TEST_CASE("bad env references are errors that name the variable but never a value") {
  CHECK(error("${UNSET}") == "environment variable UNSET is not set");
  CHECK(error("${PASSWORD") == "unterminated ${ reference");
  CHECK(error("${1ABC}") == "malformed reference ${1ABC}");
  CHECK(error("${}") == "malformed reference ${}");
}
