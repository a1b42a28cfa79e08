#pragma once
// The `server:` configuration checked and turned into what the HTTP server runs with.
// Everything the config loader could not judge (listen address, limit strings, storage
// URL, proxy networks, the original's environment variables) is judged here, so that
// `config check` and `serve` refuse the same files with the same messages.

#include <cstdint>
#include <filesystem>
#include <string>

#include "config/config.hpp"
#include "config/env_expand.hpp"
#include "graphql/engine.hpp"
#include "ratelimit/client_address.hpp"
#include "ratelimit/settings.hpp"

namespace kvm48::http {

struct ListenAddress {
  std::string host;  ///< "127.0.0.1", "::1", "0.0.0.0"
  std::uint16_t port = 0;
};

struct ServerSettings {
  host::ServerConfig config;  ///< as read (timeouts, sizes, flags)
  ListenAddress listen;
  graphql::EngineOptions engine;
  ratelimit::TrustedProxies trusted_proxies;
  ratelimit::Settings rate_limit;          ///< YAML, then RATELIMIT_STORAGE_URL / RATELIMIT over it
  std::filesystem::path assets_directory;  ///< resolved; empty when graphiql is off
};

/// Throws host::ConfigError naming file, line, column and key for a bad value (or the
/// environment variable for a bad RATELIMIT / RATELIMIT_STORAGE_URL).
ServerSettings resolve_server_settings(const host::ServerConfig& config,
                                       const host::EnvLookup& env);

/// "HOST:PORT" or "[V6]:PORT"; nullopt when malformed.
std::optional<ListenAddress> parse_listen_address(std::string_view text);

}  // namespace kvm48::http
