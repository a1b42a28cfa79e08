#include <catch2/catch.hpp>

#include <map>

#include "ratelimit/settings.hpp"
#include "ratelimit/storage_url.hpp"

using namespace kvm48::ratelimit;

namespace {

EnvLookup env(std::map<std::string, std::string> values) {
  return [values](const std::string& name) -> std::optional<std::string> {
    auto found = values.find(name);
    if (found == values.end()) return std::nullopt;
    return found->second;
  };
}

RedisUrl redis(std::string_view text) {
  auto parsed = parse_storage_url(text);
  if (auto* error = std::get_if<std::string>(&parsed)) FAIL(*error);
  return std::get<RedisUrl>(std::get<StorageUrl>(parsed));
}

std::string url_error(std::string_view text) {
  auto parsed = parse_storage_url(text);
  REQUIRE(std::holds_alternative<std::string>(parsed));
  return std::get<std::string>(parsed);
}

}  // namespace

TEST_CASE("without RATELIMIT_STORAGE_URL limiting stays off", "[ratelimit][settings]") {
  auto settings =
      std::get<Settings>(apply_environment(Settings{}, env({{"RATELIMIT", "5/second"}})));
  CHECK_FALSE(settings.enabled);
  auto empty =
      std::get<Settings>(apply_environment(Settings{}, env({{"RATELIMIT_STORAGE_URL", ""}})));
  CHECK_FALSE(empty.enabled);
}

TEST_CASE("RATELIMIT_STORAGE_URL turns limiting on with the default 1/second",
          "[ratelimit][settings]") {
  auto settings = std::get<Settings>(
      apply_environment(Settings{}, env({{"RATELIMIT_STORAGE_URL", "redis://localhost:6379/15"}})));
  CHECK(settings.enabled);
  CHECK(settings.storage_url == "redis://localhost:6379/15");
  REQUIRE(settings.limiter.limits.size() == 1);
  CHECK(settings.limiter.limits[0] == RateLimitItem{1, 1, Granularity::second});
}

TEST_CASE("RATELIMIT sets the limits", "[ratelimit][settings]") {
  auto settings = std::get<Settings>(apply_environment(
      Settings{},
      env({{"RATELIMIT_STORAGE_URL", "memory://"}, {"RATELIMIT", "10/second; 100 per hour"}})));
  CHECK(settings.limiter.limits.size() == 2);
}

TEST_CASE("bad environment values are errors naming the variable", "[ratelimit][settings]") {
  auto bad_limit = apply_environment(Settings{}, env({{"RATELIMIT", "lots"}}));
  CHECK_THAT(std::get<std::string>(bad_limit), Catch::StartsWith("RATELIMIT: couldn't parse"));
  auto bad_url = apply_environment(Settings{}, env({{"RATELIMIT_STORAGE_URL", "memcached://x"}}));
  CHECK_THAT(std::get<std::string>(bad_url), Catch::StartsWith("RATELIMIT_STORAGE_URL: invalid"));
}

TEST_CASE("redis URLs: host, port, db, password, user", "[ratelimit][settings]") {
  auto plain = redis("redis://localhost");
  CHECK(plain.host == "localhost");
  CHECK(plain.port == 6379);
  CHECK(plain.db == 0);
  CHECK(plain.password.empty());
  auto full = redis("redis://:s3cret@10.0.0.5:6380/15");
  CHECK(full.host == "10.0.0.5");
  CHECK(full.port == 6380);
  CHECK(full.db == 15);
  CHECK(full.user.empty());
  CHECK(full.password == "s3cret");
  auto acl = redis("redis://app:p%40ss%3Aword@redis.internal/2");
  CHECK(acl.user == "app");
  CHECK(acl.password == "p@ss:word");
  CHECK(acl.db == 2);
  auto v6 = redis("redis://[::1]:7000/");
  CHECK(v6.host == "::1");
  CHECK(v6.port == 7000);
  CHECK(v6.db == 0);
}

TEST_CASE("a redacted redis URL never shows the password", "[ratelimit][settings]") {
  CHECK(redis("redis://:s3cret@h:1/2").redacted() == "redis://:***@h:1/2");
  CHECK(redis("redis://u:s3cret@[::1]/2").redacted() == "redis://u:***@[::1]:6379/2");
  CHECK(redis("redis://h").redacted() == "redis://h:6379/0");
}

TEST_CASE("bad storage URLs are clear errors", "[ratelimit][settings]") {
  CHECK_THAT(url_error("memcached://h"), Catch::Contains("unknown scheme in 'memcached'"));
  CHECK_THAT(url_error("rediss://h"), Catch::Contains("TLS"));
  CHECK_THAT(url_error("redis://"), Catch::Contains("no host"));
  CHECK_THAT(url_error("redis://h:0"), Catch::Contains("port"));
  CHECK_THAT(url_error("redis://h:70000"), Catch::Contains("port"));
  CHECK_THAT(url_error("redis://h:"), Catch::Contains("port"));
  CHECK_THAT(url_error("redis://h/x"), Catch::Contains("database"));
  CHECK_THAT(url_error("redis://h/-1"), Catch::Contains("database"));
  CHECK_THAT(url_error("redis://h?db=1"), Catch::Contains("query"));
  CHECK_THAT(url_error("redis://[::1/0"), Catch::Contains("closing ']'"));
  CHECK_THAT(url_error("redis://secret@h"), Catch::Contains("without ':'"));
  CHECK_THAT(url_error("redis://:%zz@h"), Catch::Contains("%-escape"));
  CHECK_THAT(url_error("redis://:hunter2@h:x"), !Catch::Contains("hunter2"));
}

TEST_CASE("make_limiter builds memory and redis limiters without I/O", "[ratelimit][settings]") {
  Settings settings;
  auto memory = make_limiter(settings);
  REQUIRE(std::holds_alternative<std::shared_ptr<RateLimiter>>(memory));
  CHECK(std::get<std::shared_ptr<RateLimiter>>(memory)->storage_kind() == "memory");
  settings.storage_url = "redis://127.0.0.1:1/0";  // nothing listens: still builds
  auto remote = make_limiter(settings);
  REQUIRE(std::holds_alternative<std::shared_ptr<RateLimiter>>(remote));
  CHECK(std::get<std::shared_ptr<RateLimiter>>(remote)->storage_kind() == "redis");
  settings.storage_url = "nope";
  CHECK_THAT(std::get<std::string>(make_limiter(settings)),
             Catch::StartsWith("rate limit storage: invalid"));
}
