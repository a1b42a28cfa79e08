#pragma once
// From the configuration to the HTTP server's parts (serve, config check).

#include <memory>
#include <string>
#include <vector>

#include "api/api_schema.hpp"
#include "config/config.hpp"
#include "http/server_settings.hpp"
#include "metrics/build_info.hpp"
#include "plugins/plugin_registry.hpp"
#include "ratelimit/rate_limiter.hpp"

namespace kvm48::app {

/// The `server:` section judged with the process environment (RATELIMIT_STORAGE_URL,
/// RATELIMIT). Throws host::ConfigError.
http::ServerSettings server_settings(const host::Config& config);

/// The limiter, or null when rate limiting is off. Throws CommandFailure when it cannot be
/// built.
std::shared_ptr<ratelimit::RateLimiter> make_rate_limiter(const ratelimit::Settings& settings);

/// "off", or "1 per 1 second on redis://localhost:6379/15 (fixed-window)" (no password).
std::string describe_rate_limit(const ratelimit::Settings& settings);

/// Every configured source instance (disabled ones too, in configuration order) with the
/// version of its loaded plugin (empty when not loaded), for the API's `sources`.
std::vector<api::ConfiguredSource> configured_sources(const host::Config& config,
                                                      const host::PluginRegistry& registry);

/// This build, for kvm48_build_info.
metrics::BuildInfo build_info();

}  // namespace kvm48::app
