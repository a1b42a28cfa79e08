#pragma once
// What every request handler shares: settings, the backend, the GraphQL engine, the rate
// limiter, GraphiQL's files and the metrics. Built once by ApiServer; read-only afterwards
// except for the thread-safe parts (metrics, the replaceable rate-limit policy and source
// list, engine cache, backend reads).

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Logger.h>

#include "api/api_schema.hpp"
#include "graphiql/assets.hpp"
#include "graphql/engine.hpp"
#include "http/graphql_over_http.hpp"
#include "http/server_metrics.hpp"
#include "http/server_settings.hpp"
#include "kvm48/backend.hpp"
#include "metrics/registry.hpp"
#include "ratelimit/rate_limiter.hpp"

namespace kvm48::http {

/// A value a SIGHUP reload replaces whole while requests read it: a request takes the
/// current one and holds it for as long as it runs. Thread-safe.
template <class T>
class Replaceable {
 public:
  Replaceable() : value_(std::make_shared<const T>()) {}
  [[nodiscard]] std::shared_ptr<const T> get() const {
    std::lock_guard lock(mutex_);
    return value_;
  }
  void set(T value) {
    auto next = std::make_shared<const T>(std::move(value));
    std::lock_guard lock(mutex_);
    value_ = std::move(next);
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const T> value_;
};

/// The configured source instances the API's `sources` lists.
using SourceList = Replaceable<std::vector<api::ConfiguredSource>>;

/// Who is limited and how: the limiter (null: rate limiting is off) and the proxies whose
/// X-Forwarded-For names the client.
struct RateLimitPolicy {
  std::shared_ptr<ratelimit::RateLimiter> limiter;
  ratelimit::TrustedProxies trusted_proxies;
};

struct ServerState {
  ServerSettings settings;
  std::shared_ptr<Backend> backend;
  std::shared_ptr<const graphql::Engine> engine;
  GraphqlOverHttp graphql;
  /// Rate limiting as configured now (`server.rate_limit`, `server.trusted_proxies`; a
  /// SIGHUP reload replaces it).
  Replaceable<RateLimitPolicy> rate_limit;
  /// GraphiQL's files; nullopt when off or missing (assets_error says why).
  std::optional<graphiql::Assets> assets;
  std::string assets_error;
  metrics::Registry& registry;
  ServerMetrics metrics;
  Poco::Logger& log;
  /// Samples the connection gauges before /metrics is written (set by ApiServer).
  std::function<void()> sample_connections;
  /// The configured source instances (the API's `sources`).
  SourceList sources;
};

}  // namespace kvm48::http
