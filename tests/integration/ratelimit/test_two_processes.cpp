#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>
#include <string>

#include "redis_server.hpp"

using kvm48::ratelimit::testing::RedisServer;

namespace {

// Starts the helper process; its output is read by finish().
FILE* launch(const RedisServer& redis, const std::string& strategy, int hits) {
  std::string command = std::string(KVM48_RL_HELPER) + " '" + redis.url() + "' '40/hour' " +
                        strategy + " 198.51.100.77 " + std::to_string(hits);
  return ::popen(command.c_str(), "r");
}

std::pair<long, long> finish(FILE* process) {
  long allowed = -1;
  long failed = -1;
  REQUIRE(process != nullptr);
  CHECK(std::fscanf(process, "%ld %ld", &allowed, &failed) == 2);
  CHECK(::pclose(process) == 0);
  return {allowed, failed};
}

}  // namespace

TEST_CASE("redis: the limit holds across two processes sharing one Redis", "[ratelimit][redis]") {
  RedisServer redis;
  for (std::string strategy : {"fixed-window", "moving-window"}) {
    INFO(strategy);
    FILE* first = launch(redis, strategy, 100);
    FILE* second = launch(redis, strategy, 100);
    auto [allowed1, failed1] = finish(first);
    auto [allowed2, failed2] = finish(second);
    CHECK(failed1 + failed2 == 0);
    CHECK(allowed1 + allowed2 == 40);
  }
}
