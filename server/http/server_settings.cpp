#include "http/server_settings.hpp"

#include <charconv>

#include "config/config_issue.hpp"
#include "ratelimit/parse_limits.hpp"
#include "ratelimit/storage_url.hpp"
#include "ratelimit/strategy.hpp"

namespace kvm48::http {
namespace {

host::ConfigIssue issue_at(const host::SettingPosition& at, std::string message) {
  return {at.file, at.line, at.column, at.key, std::move(message)};
}

graphql::EngineOptions engine_options(const host::GraphqlLimitsConfig& limits) {
  graphql::EngineOptions options;
  auto size = [](std::int64_t value) { return static_cast<std::size_t>(value); };
  options.limits.maxQueryBytes = size(limits.max_query_bytes);
  options.limits.maxTokens = size(limits.max_tokens);
  options.limits.maxQueryDepth = size(limits.max_depth);
  options.limits.maxFields = size(limits.max_fields);
  options.limits.maxAliases = size(limits.max_aliases);
  options.limits.maxValidationErrors = size(limits.max_errors);
  options.limits.maxExecutionErrors = size(limits.max_errors);
  options.documentCacheSize = size(limits.document_cache_size);
  return options;
}

/// The YAML rate-limit settings; problems appended to `issues`.
ratelimit::Settings rate_limit_settings(const host::RateLimitConfig& config,
                                        host::ConfigIssues& issues) {
  ratelimit::Settings settings;
  settings.enabled = config.enabled;
  settings.storage_url = config.storage;
  if (auto url = ratelimit::parse_storage_url(config.storage);
      auto* error = std::get_if<std::string>(&url)) {
    issues.push_back(issue_at(config.storage_at, *error));
  }
  auto limits = ratelimit::parse_limits(config.limits);
  if (auto* error = std::get_if<std::string>(&limits)) {
    issues.push_back(issue_at(config.limits_at, *error));
  } else {
    settings.limiter.limits = std::get<std::vector<ratelimit::RateLimitItem>>(std::move(limits));
  }
  // The loader checked both names already.
  settings.limiter.strategy =
      ratelimit::strategy_from_string(config.strategy).value_or(ratelimit::Strategy::fixed_window);
  settings.limiter.failure_policy = ratelimit::failure_policy_from_string(config.on_storage_failure)
                                        .value_or(ratelimit::FailurePolicy::allow);
  const std::chrono::milliseconds timeout{config.redis_timeout_ms};
  settings.redis.connect_timeout = timeout;
  settings.redis.command_timeout = timeout;
  settings.redis.pool_size = static_cast<std::size_t>(config.redis_pool_size);
  return settings;
}

std::filesystem::path assets_directory(const host::ServerConfig& config) {
  if (!config.graphiql) return {};
  if (!config.assets_directory.empty()) return config.assets_directory;
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return "share/kvm48-server/graphiql";
  return exe.parent_path().parent_path() / "share" / "kvm48-server" / "graphiql";
}

}  // namespace

std::optional<ListenAddress> parse_listen_address(std::string_view text) {
  ListenAddress address;
  std::string_view port;
  if (!text.empty() && text.front() == '[') {
    const auto close = text.find("]:");
    if (close == std::string_view::npos) return std::nullopt;
    address.host = std::string(text.substr(1, close - 1));
    port = text.substr(close + 2);
  } else {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos) return std::nullopt;
    address.host = std::string(text.substr(0, colon));
    if (address.host.find(':') != std::string::npos) return std::nullopt;  // v6 needs brackets
    port = text.substr(colon + 1);
  }
  if (address.host.empty() || port.empty()) return std::nullopt;
  unsigned value = 0;
  const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (error != std::errc{} || end != port.data() + port.size() || value > 65535) {
    return std::nullopt;
  }
  address.port = static_cast<std::uint16_t>(value);
  return address;
}

ServerSettings resolve_server_settings(const host::ServerConfig& config,
                                       const host::EnvLookup& env) {
  ServerSettings settings;
  settings.config = config;
  host::ConfigIssues issues;
  if (auto listen = parse_listen_address(config.listen)) {
    settings.listen = *listen;
  } else {
    issues.push_back(issue_at(config.listen_at,
                              "expected HOST:PORT or [IPV6]:PORT, found '" + config.listen + "'"));
  }
  settings.engine = engine_options(config.graphql);
  auto proxies = ratelimit::TrustedProxies::parse(config.trusted_proxies);
  if (auto* error = std::get_if<std::string>(&proxies)) {
    issues.push_back(issue_at(config.trusted_proxies_at, *error));
  } else {
    settings.trusted_proxies = std::get<ratelimit::TrustedProxies>(std::move(proxies));
  }
  auto limits = rate_limit_settings(config.rate_limit, issues);
  if (issues.empty()) {
    auto with_env = ratelimit::apply_environment(std::move(limits), env);
    if (auto* error = std::get_if<std::string>(&with_env)) {
      issues.push_back({"(environment)", 0, 0, "", *error});
    } else {
      settings.rate_limit = std::get<ratelimit::Settings>(std::move(with_env));
    }
  }
  if (!issues.empty()) throw host::ConfigError(std::move(issues));
  settings.assets_directory = assets_directory(config);
  return settings;
}

}  // namespace kvm48::http
