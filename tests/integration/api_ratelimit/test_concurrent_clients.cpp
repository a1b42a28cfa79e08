// Many requests at once on the server's handler threads: every hit is counted exactly once,
// so exactly `limit` are served, whichever storage holds the counters.

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "limit_support.hpp"
#include "redis_inspect.hpp"
#include "server_process.hpp"

namespace kvm48::test {

TEST_CASE("concurrent requests: exactly the limit is served and every other one refused",
          "[api][ratelimit][redis]") {
  const std::string storage = GENERATE("memory", "redis");
  INFO("storage " << storage);
  RedisServer redis;
  LimitYaml yaml;
  yaml.limits = "20/minute";
  yaml.storage = storage == "redis" ? redis.url(4) : "memory://";
  ServerProcess server(ServerOptions{"  threads: 8\n" + rate_limit_yaml(yaml), {}, {}});

  constexpr int kThreads = 8;
  constexpr int kRequestsEach = 6;
  std::atomic<int> served{0};
  std::atomic<int> refused{0};
  std::atomic<int> other{0};
  {
    std::vector<std::jthread> clients;
    for (int t = 0; t < kThreads; ++t) {
      clients.emplace_back([&] {
        for (int i = 0; i < kRequestsEach; ++i) {
          const int status = limited_post(server.port()).status;
          (status == 200 ? served : status == 429 ? refused : other).fetch_add(1);
        }
      });
    }
  }
  CHECK(served == 20);
  CHECK(refused == kThreads * kRequestsEach - 20);
  CHECK(other == 0);
  CHECK(metric_value(server.port(), "kvm48_ratelimit_rejections_total{route=\"/api/graphql\"}") ==
        refused);
  if (storage == "redis") {
    CHECK(redis_get(redis, 4, "kvm48:rl:fw:/api/graphql:127.0.0.1:20/1/minute") ==
          std::to_string(kThreads * kRequestsEach));
  }
  check_clean_exit(server);
}

}  // namespace kvm48::test
