// bench_ratelimit [redis-url]: prints the cost of rate limiting and metrics, each next to a
// baseline measured in the same run. Without a Redis URL the Redis rows are skipped.
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include <Poco/Redis/Array.h>
#include <Poco/Redis/Client.h>

#include "bench_timer.hpp"
#include "metrics/registry.hpp"
#include "ratelimit/parse_limits.hpp"
#include "ratelimit/settings.hpp"
#include "ratelimit/storage_url.hpp"

using namespace kvm48;
using bench::ns_per_op;
using bench::report;

namespace {

std::shared_ptr<ratelimit::RateLimiter> limiter(const std::string& url,
                                                ratelimit::Strategy strategy,
                                                const char* limits = "1000000/hour") {
  ratelimit::Settings settings;
  settings.storage_url = url;
  settings.limiter.limits =
      std::get<std::vector<ratelimit::RateLimitItem>>(ratelimit::parse_limits(limits));
  settings.limiter.strategy = strategy;
  settings.redis.retry_interval = std::chrono::milliseconds(0);
  return std::get<std::shared_ptr<ratelimit::RateLimiter>>(ratelimit::make_limiter(settings));
}

std::string client_of(long i) {
  return "198.51." + std::to_string(i % 250) + "." + std::to_string(i % 7);
}

// Baseline for memory://: the least a per-client counter can cost (a key built the same
// way, one mutex, one hash map).
double memory_baseline(int threads, long iterations) {
  std::mutex mutex;
  std::unordered_map<std::string, long> counts;
  return ns_per_op(threads, iterations, [&](int, long i) {
    std::string key = "kvm48:rl:fw:/api/graphql:" + client_of(i) + ":1000000/1/hour";
    std::lock_guard lock(mutex);
    ++counts[key];
  });
}

void bench_memory() {
  for (int threads : {1, 2}) {
    const long n = 400'000;
    double base = memory_baseline(threads, n);
    for (auto strategy : {ratelimit::Strategy::fixed_window, ratelimit::Strategy::moving_window}) {
      auto l = limiter("memory://", strategy, "1000000/hour");
      double cost =
          ns_per_op(threads, n, [&](int, long i) { l->hit("/api/graphql", client_of(i)); });
      std::string what = "memory:// " + std::string(ratelimit::to_string(strategy)) + " hit, " +
                         std::to_string(threads) + " thr";
      report(what.c_str(), cost, base, "mutex+map baseline");
    }
  }
}

void bench_redis(const std::string& url) {
  auto parsed = std::get<ratelimit::RedisUrl>(
      std::get<ratelimit::StorageUrl>(ratelimit::parse_storage_url(url)));
  Poco::Redis::Client ping_client(parsed.host, parsed.port);
  Poco::Redis::Array ping;
  ping << "PING";
  const long n = 20'000;
  double base = ns_per_op(1, n, [&](int, long) { ping_client.execute<std::string>(ping); });
  report("redis PING round trip (baseline), 1 thr", base, base, "PING");
  for (auto strategy : {ratelimit::Strategy::fixed_window, ratelimit::Strategy::moving_window}) {
    auto l = limiter(url, strategy, "100/second");  // moving logs stay short
    for (int threads : {1, 4}) {
      double cost = ns_per_op(threads, n / threads,
                              [&](int, long i) { l->hit("/api/graphql", client_of(i)); });
      std::string what = "redis:// " + std::string(ratelimit::to_string(strategy)) + " hit, " +
                         std::to_string(threads) + " thr";
      report(what.c_str(), cost, base, "PING");
    }
  }
}

void bench_redis_down() {
  auto refused = limiter("redis://127.0.0.1:1/0", ratelimit::Strategy::fixed_window);
  double each =
      ns_per_op(1, 2000, [&](int, long i) { refused->hit("/api/graphql", client_of(i)); });
  ratelimit::Settings settings;
  settings.storage_url = "redis://127.0.0.1:1/0";  // default retry interval: fail fast
  auto fast = std::get<std::shared_ptr<ratelimit::RateLimiter>>(ratelimit::make_limiter(settings));
  double skipped =
      ns_per_op(1, 20'000, [&](int, long i) { fast->hit("/api/graphql", client_of(i)); });
  report("redis down: hit tries to connect (refused)", each, skipped, "within retry interval");
  report("redis down: hit within retry interval", skipped, skipped, "itself");
}

void bench_metrics() {
  const long n = 2'000'000;
  std::atomic<std::uint64_t> raw{0};
  double base = ns_per_op(2, n, [&](int, long) { raw.fetch_add(1, std::memory_order_relaxed); });
  metrics::Registry registry;
  auto& counter = registry.counter("c_total", "c").get();
  auto& histogram = registry.histogram("h", "h", metrics::default_latency_buckets()).get();
  auto& family = registry.counter("r_total", "r", {"route", "status"});
  report("raw atomic fetch_add, 2 thr (baseline)", base, base, "atomic");
  report("counter increment, 2 thr", ns_per_op(2, n, [&](int, long) { counter.increment(); }), base,
         "atomic");
  report(
      "histogram observe, 2 thr",
      ns_per_op(2, n, [&](int, long i) { histogram.observe(static_cast<double>(i % 1000) / 1e4); }),
      base, "atomic");
  report("family.with(2 labels) + increment, 2 thr",
         ns_per_op(2, n / 10,
                   [&](int, long i) {
                     family.with({"/api/graphql", i % 2 ? "200" : "429"}).increment();
                   }),
         base, "atomic");
}

}  // namespace

int main(int argc, char** argv) {
  std::printf("== rate limiting ==\n");
  bench_memory();
  if (argc > 1)
    bench_redis(argv[1]);
  else
    std::printf("(no redis URL given: redis rows skipped)\n");
  bench_redis_down();
  std::printf("== metrics ==\n");
  bench_metrics();
  return 0;
}
