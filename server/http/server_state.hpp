#pragma once
// What every request handler shares: settings, the backend, the GraphQL engine, the rate
// limiter, GraphiQL's files and the metrics. Built once by ApiServer; read-only afterwards
// except for the thread-safe parts (metrics, limiter, engine cache, backend reads).

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <Poco/Logger.h>

#include "graphiql/assets.hpp"
#include "graphql/engine.hpp"
#include "http/graphql_over_http.hpp"
#include "http/server_metrics.hpp"
#include "http/server_settings.hpp"
#include "kvm48/backend.hpp"
#include "metrics/registry.hpp"
#include "ratelimit/rate_limiter.hpp"

namespace kvm48::http {

struct ServerState {
  ServerSettings settings;
  std::shared_ptr<Backend> backend;
  std::shared_ptr<const graphql::Engine> engine;
  GraphqlOverHttp graphql;
  std::shared_ptr<ratelimit::RateLimiter> limiter;  ///< null: rate limiting is off
  /// GraphiQL's files; nullopt when off or missing (assets_error says why).
  std::optional<graphiql::Assets> assets;
  std::string assets_error;
  metrics::Registry& registry;
  ServerMetrics metrics;
  Poco::Logger& log;
  /// Samples the connection gauges before /metrics is written (set by ApiServer).
  std::function<void()> sample_connections;
};

}  // namespace kvm48::http
