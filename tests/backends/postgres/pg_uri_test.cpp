// Connection-string helpers: validation without I/O and password masking for logs.

#include <catch2/catch.hpp>

#include "pg/uri.hpp"

using kvm48::pg::mask_password;
using kvm48::pg::uri_error;

TEST_CASE("the password in a URI's user info is masked") {
  CHECK(mask_password("postgresql://kvm48:s3cret@db/kvm48") == "postgresql://kvm48:***@db/kvm48");
  CHECK(mask_password("postgres://u:p%40ss@db:5433/x?sslmode=require") ==
        "postgres://u:***@db:5433/x?sslmode=require");
}

TEST_CASE("a password given as a URI query parameter is masked") {
  CHECK(mask_password("postgresql://db/kvm48?user=k&password=s3cret&sslmode=disable") ==
        "postgresql://db/kvm48?user=k&password=***&sslmode=disable");
  CHECK(mask_password("postgresql://db/kvm48?password=s3cret") ==
        "postgresql://db/kvm48?password=***");
}

TEST_CASE("a password in a key=value string is masked, quoted or not") {
  CHECK(mask_password("host=db password=s3cret user=kvm48") == "host=db password=*** user=kvm48");
  CHECK(mask_password("host=db password = 'a b\\' c' user=kvm48") ==
        "host=db password=*** user=kvm48");
}

TEST_CASE("a string without a password is logged as it is") {
  CHECK(mask_password("postgresql://kvm48@127.0.0.1:5432/postgres") ==
        "postgresql://kvm48@127.0.0.1:5432/postgres");
  CHECK(mask_password("host=db user=kvm48") == "host=db user=kvm48");
}

TEST_CASE("a malformed connection string is reported by libpq without connecting") {
  CHECK_FALSE(uri_error("postgresql://kvm48@db/kvm48").has_value());
  const auto error = uri_error("postgresql://db/kvm48?nonsense=1");
  REQUIRE(error.has_value());
  CHECK_THAT(*error, Catch::Contains("nonsense"));
  CHECK(uri_error("host=db password='unterminated").has_value());
}
