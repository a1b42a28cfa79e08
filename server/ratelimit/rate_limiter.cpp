#include "ratelimit/rate_limiter.hpp"

#include <algorithm>
#include <stdexcept>

namespace kvm48::ratelimit {
namespace {

std::int64_t ceil_seconds(std::int64_t ms) {
  return ms <= 0 ? ms / 1000 : (ms + 999) / 1000;
}

}  // namespace

RateLimiter::RateLimiter(LimiterConfig config, std::shared_ptr<Storage> storage,
                         std::shared_ptr<const Clock> clock)
    : config_(std::move(config)), storage_(std::move(storage)), clock_(std::move(clock)) {
  if (config_.limits.empty()) throw std::invalid_argument("RateLimiter needs at least one limit");
  if (!storage_ || !clock_) throw std::invalid_argument("RateLimiter needs a storage and a clock");
  std::stable_sort(config_.limits.begin(), config_.limits.end(), [](const auto& a, const auto& b) {
    return a.window_seconds() < b.window_seconds();
  });
  for (const auto& item : config_.limits) {
    prepared_.push_back({item, item.window_seconds() * 1000, item.key_part(), item.to_string()});
  }
  key_head_ = config_.key_prefix + (config_.strategy == Strategy::moving_window ? ":mw:" : ":fw:");
}

std::string RateLimiter::key_for(std::string_view route, std::string_view client,
                                 const PreparedLimit& limit) const {
  std::string key;
  key.reserve(key_head_.size() + route.size() + client.size() + limit.key_part.size() + 2);
  key.append(key_head_).append(route).append(":").append(client).append(":");
  key.append(limit.key_part);
  return key;
}

WindowState RateLimiter::hit_one(const PreparedLimit& limit, const std::string& key,
                                 std::int64_t now_ms) {
  if (config_.strategy == Strategy::moving_window) {
    return storage_->hit_moving_window(key, limit.item.amount, limit.window_ms, now_ms);
  }
  const bool elastic = config_.strategy == Strategy::fixed_window_elastic_expiry;
  return storage_->hit_fixed_window(key, limit.item.amount, limit.window_ms, elastic, now_ms);
}

Decision RateLimiter::hit(std::string_view route, std::string_view client) {
  const std::int64_t now_ms = clock_->now_ms();
  Decision reported;
  try {
    for (const auto& limit : prepared_) {
      const RateLimitItem& item = limit.item;
      const WindowState state = hit_one(limit, key_for(route, client, limit), now_ms);
      Decision candidate;
      candidate.has_headers = true;
      candidate.limit = item.amount;
      candidate.remaining =
          state.allowed && state.count <= item.amount ? item.amount - state.count : 0;
      candidate.reset_epoch = ceil_seconds(state.reset_ms);
      candidate.limit_text = limit.text;
      if (!state.allowed) {
        candidate.allowed = false;
        candidate.retry_after = std::max<std::int64_t>(1, ceil_seconds(state.reset_ms - now_ms));
        return candidate;
      }
      if (!reported.has_headers || candidate.remaining < reported.remaining) reported = candidate;
    }
  } catch (const std::exception& error) {  // StorageUnavailable, or anything unexpected
    return on_storage_failure(error.what());
  }
  return reported;
}

Decision RateLimiter::on_storage_failure(const std::string& error) const {
  Decision decision;
  decision.storage_failed = true;
  decision.error = error;
  if (config_.failure_policy == FailurePolicy::deny) {
    decision.allowed = false;
    decision.retry_after = 1;
  }
  return decision;
}

StorageHealth RateLimiter::check_storage() {
  try {
    storage_->check();
    return {};
  } catch (const StorageUnavailable& error) {
    return {false, error.what()};
  } catch (const std::exception& error) {
    return {false, error.what()};
  }
}

}  // namespace kvm48::ratelimit
