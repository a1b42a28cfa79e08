#include "server_setup.hpp"

#include "allocator.hpp"
#include "command_failure.hpp"
#include "config/env_expand.hpp"
#include "ratelimit/storage_url.hpp"
#include "version.hpp"

namespace kvm48::app {

http::ServerSettings server_settings(const host::Config& config) {
  return http::resolve_server_settings(config.server, host::process_environment());
}

std::shared_ptr<ratelimit::RateLimiter> make_rate_limiter(const ratelimit::Settings& settings) {
  if (!settings.enabled) return nullptr;
  auto limiter = ratelimit::make_limiter(settings);
  if (auto* error = std::get_if<std::string>(&limiter)) throw CommandFailure{*error};
  return std::get<std::shared_ptr<ratelimit::RateLimiter>>(std::move(limiter));
}

std::string describe_rate_limit(const ratelimit::Settings& settings) {
  if (!settings.enabled) return "off";
  std::string limits;
  for (const auto& item : settings.limiter.limits) {
    limits += (limits.empty() ? "" : "; ") + item.to_string();
  }
  std::string storage = "memory://";
  if (auto url = ratelimit::parse_storage_url(settings.storage_url);
      auto* parsed = std::get_if<ratelimit::StorageUrl>(&url)) {
    if (auto* redis = std::get_if<ratelimit::RedisUrl>(parsed)) storage = redis->redacted();
  }
  return limits + " on " + storage + " (" +
         std::string(ratelimit::to_string(settings.limiter.strategy)) + ")";
}

std::vector<api::ConfiguredSource> configured_sources(const host::Config& config,
                                                      const host::PluginRegistry& registry) {
  std::vector<api::ConfiguredSource> sources;
  for (const auto& source : config.sources) {
    const host::LoadedPlugin* plugin = registry.find(source.plugin);
    const bool loaded = plugin != nullptr && plugin->kind == PluginKind::source;
    sources.push_back({source.name, source.plugin, loaded ? plugin->version : "", source.enabled});
  }
  return sources;
}

metrics::BuildInfo build_info() {
#if defined(__clang__)
  const std::string compiler = "clang " __clang_version__;
#elif defined(__GNUC__)
  const std::string compiler = "gcc " __VERSION__;
#else
  const std::string compiler = "unknown";
#endif
  return {kVersion, kRevision, compiler, allocator_name()};
}

}  // namespace kvm48::app
