// ratelimit_hit_helper <storage-url> <limits> <strategy> <client> <hits>
// A second process for the cross-process test: hits one limiter <hits> times and prints how
// many were allowed, then how many failed on the storage ("<allowed> <failed>").
#include <cstdio>
#include <cstdlib>
#include <string>

#include "ratelimit/parse_limits.hpp"
#include "ratelimit/settings.hpp"

using namespace kvm48::ratelimit;

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fprintf(stderr, "usage: %s <storage-url> <limits> <strategy> <client> <hits>\n", argv[0]);
    return 2;
  }
  Settings settings;
  settings.enabled = true;
  settings.storage_url = argv[1];
  auto limits = parse_limits(argv[2]);
  auto strategy = strategy_from_string(argv[3]);
  if (std::holds_alternative<std::string>(limits) || !strategy) {
    std::fprintf(stderr, "bad limits or strategy\n");
    return 2;
  }
  settings.limiter.limits = std::get<std::vector<RateLimitItem>>(limits);
  settings.limiter.strategy = *strategy;
  settings.redis.command_timeout = std::chrono::milliseconds(2000);
  auto made = make_limiter(settings);
  if (auto* error = std::get_if<std::string>(&made)) {
    std::fprintf(stderr, "%s\n", error->c_str());
    return 2;
  }
  auto& limiter = *std::get<std::shared_ptr<RateLimiter>>(made);
  const long hits = std::strtol(argv[5], nullptr, 10);
  long allowed = 0;
  long failed = 0;
  for (long i = 0; i < hits; ++i) {
    auto decision = limiter.hit("/api/graphql", argv[4]);
    if (decision.storage_failed)
      ++failed;
    else if (decision.allowed)
      ++allowed;
  }
  std::printf("%ld %ld\n", allowed, failed);
  return 0;
}
