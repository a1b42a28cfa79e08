#include "ratelimit/settings.hpp"

#include "ratelimit/memory_storage.hpp"
#include "ratelimit/parse_limits.hpp"
#include "ratelimit/redis_storage.hpp"
#include "ratelimit/storage_url.hpp"

namespace kvm48::ratelimit {

std::variant<Settings, std::string> apply_environment(Settings base, const EnvLookup& lookup) {
  if (auto url = lookup("RATELIMIT_STORAGE_URL"); url && !url->empty()) {
    auto parsed = parse_storage_url(*url);
    if (auto* error = std::get_if<std::string>(&parsed)) return "RATELIMIT_STORAGE_URL: " + *error;
    base.enabled = true;
    base.storage_url = *url;
  }
  auto text = lookup("RATELIMIT");
  if (text && !text->empty()) {
    auto limits = parse_limits(*text);
    if (auto* error = std::get_if<std::string>(&limits)) return "RATELIMIT: " + *error;
    base.limiter.limits = std::get<std::vector<RateLimitItem>>(std::move(limits));
  }
  return base;
}

std::variant<std::shared_ptr<RateLimiter>, std::string> make_limiter(
    const Settings& settings, std::shared_ptr<const Clock> clock) {
  auto url = parse_storage_url(settings.storage_url);
  if (auto* error = std::get_if<std::string>(&url)) return "rate limit storage: " + *error;
  std::shared_ptr<Storage> storage;
  if (auto* redis = std::get_if<RedisUrl>(&std::get<StorageUrl>(url))) {
    storage = std::make_shared<RedisStorage>(*redis, settings.redis);
  } else {
    storage = std::make_shared<MemoryStorage>(settings.memory_max_keys);
  }
  if (settings.limiter.limits.empty()) return std::string("rate limit: no limits given");
  return std::make_shared<RateLimiter>(settings.limiter, std::move(storage), std::move(clock));
}

}  // namespace kvm48::ratelimit
