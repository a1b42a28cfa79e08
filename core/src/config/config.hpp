#pragma once
// The host configuration, as typed structs. Defaults here are the documented
// defaults of config/kvm48.yaml; keep the two in step.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace kvm48::host {

struct LogConfig {
  /// trace, debug, information, notice, warning, error, critical, fatal, none
  std::string level = "information";
  /// text, logfmt or json (logging/line_formatter.hpp)
  std::string format = "text";
};

struct PluginsConfig {
  /// Scan the plugin directory that belongs to this binary
  /// (<prefix>/lib/kvm48-server/plugins, in the build tree and when installed).
  bool builtin = true;
  /// More directories, scanned after the built-in one, in order.
  std::vector<std::filesystem::path> directories;
  /// Refuse plugin files and directories writable by group or others or owned by another
  /// user than root or the server's (as sshd's StrictModes). Off only for development trees.
  bool strict_permissions = true;
};

/// When `kvm48-server run` crawls a source: top-level `schedule:` for every source,
/// `sources[i].schedule:` overriding any key for one.
struct ScheduleConfig {
  std::int64_t interval_seconds =
      300;                   ///< between the starts of two runs (the original's cron: 5 min)
  double jitter = 0.1;       ///< each interval scaled by a random 1 +- jitter
  bool run_at_start = true;  ///< first run right away (else after one interval)
  /// healthchecks.io-style ping URL: GET <url>/start before a run, GET <url> after a
  /// success, POST <url>/fail with a short summary after a failure. "" = no pings.
  std::string ping_url;
  std::int64_t ping_timeout_ms = 10000;
};

/// One plugin instance: the backend, or one source.
struct InstanceConfig {
  std::string name;         ///< instance name, unique among sources ("live48")
  std::string plugin;       ///< plugin name ("live48_web")
  bool enabled = true;      ///< sources only: a disabled source is neither checked nor run
  YAML::Node options;       ///< checked against the plugin's declared options later
  ScheduleConfig schedule;  ///< sources only: the top-level schedule with this source's overrides
  /// backend only: apply pending schema migrations at start (serve, run, crawl). false for an
  /// instance that must never change a shared schema: it then refuses to start until
  /// `kvm48-server migrate` has run.
  bool migrate = true;
  std::string key_path;     ///< "backend" or "sources[0]", for messages
  int line = 0;             ///< where the instance is defined
  int column = 0;
};

/// How crawls run (every source instance): the HTTP policy towards upstreams
/// and the engine's limits. Mapped onto CrawlSettings.
struct CrawlConfig {
  std::string user_agent = "kvm48-server (+https://github.com/SNH48Live/KVM48)";
  std::int64_t connect_timeout_ms = 5000;
  std::int64_t timeout_ms = 10000;
  int max_attempts = 3;
  std::int64_t backoff_ms = 2000;
  std::int64_t backoff_max_ms = 60000;
  double jitter = 0.2;
  std::int64_t retry_after_max_ms = 120000;
  int per_host_concurrency = 2;
  std::int64_t per_host_delay_ms = 0;
  std::int64_t max_body_bytes = 16 * 1024 * 1024;
  int item_concurrency = 2;
  std::int64_t batch_size = 500;
  std::int64_t run_budget_seconds = 1800;
};

/// Where a setting was written, for messages about values only the server can check
/// (limit strings, storage URLs, proxy networks). Empty file when the default applies.
struct SettingPosition {
  std::string file;
  int line = 0;
  int column = 0;
  std::string key;  ///< "server.rate_limit.limits"
};

/// server.rate_limit: the original's Flask-Limiter settings, as YAML. The original's
/// environment variables (RATELIMIT_STORAGE_URL, RATELIMIT) apply over these.
struct RateLimitConfig {
  bool enabled = false;
  std::string storage = "memory://";  ///< memory:// or redis://[[user]:password@]host[:port][/db]
  std::string limits = "1/second";    ///< limits-style: "10/second; 1000 per hour"
  std::string strategy = "fixed-window";     ///< or "moving-window"
  std::string on_storage_failure = "allow";  ///< or "deny" (answer 503)
  std::int64_t redis_timeout_ms = 200;       ///< connect and per-command timeout
  std::int64_t redis_pool_size = 16;
  SettingPosition storage_at, limits_at;
};

/// server.graphql: the engine's limits (graphql/engine.hpp).
struct GraphqlLimitsConfig {
  std::int64_t max_query_bytes = 64 * 1024;
  std::int64_t max_tokens = 5000;
  std::int64_t max_depth = 20;
  std::int64_t max_fields = 1000;
  std::int64_t max_aliases = 100;
  std::int64_t max_errors = 100;
  std::int64_t document_cache_size = 512;
};

/// server: the HTTP API (`kvm48-server serve`).
struct ServerConfig {
  std::string listen = "127.0.0.1:8048";  ///< HOST:PORT; [v6addr]:PORT; port 0 = any free port
  int threads = 0;                        ///< event-loop threads; 0 = one per CPU
  int queue = 1024;                       ///< connections open at once, and the listen backlog
  bool keep_alive = true;
  std::int64_t keep_alive_timeout_seconds = 15;
  int max_keep_alive_requests = 1000;
  std::int64_t timeout_seconds = 10;           ///< per socket receive/send
  std::int64_t request_deadline_seconds = 30;  ///< whole request body read
  std::int64_t max_body_bytes = 1024 * 1024;
  std::int64_t max_uri_bytes = 8192;
  std::int64_t max_results = 10000;  ///< perfVods answer bound
  bool graphiql = true;
  std::string assets_directory;  ///< "" = <dir of exe>/../share/kvm48-server/graphiql
  std::string docs_url = "https://github.com/SNH48Live/KVM48#readme";
  std::int64_t shutdown_grace_seconds = 10;
  std::vector<std::string> trusted_proxies;
  SettingPosition listen_at, trusted_proxies_at;
  GraphqlLimitsConfig graphql;
  RateLimitConfig rate_limit;
};

struct Config {
  std::filesystem::path file;  ///< the file it was read from
  LogConfig log;
  PluginsConfig plugins;
  CrawlConfig crawl;
  ServerConfig server;
  ScheduleConfig schedule;
  InstanceConfig backend;
  std::vector<InstanceConfig> sources;
};

}  // namespace kvm48::host
