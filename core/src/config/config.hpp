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
};

struct PluginsConfig {
  /// Scan the plugin directory that belongs to this binary
  /// (<prefix>/lib/kvm48-server/plugins, in the build tree and when installed).
  bool builtin = true;
  /// More directories, scanned after the built-in one, in order.
  std::vector<std::filesystem::path> directories;
};

/// One plugin instance: the backend, or one source.
struct InstanceConfig {
  std::string name;      ///< instance name, unique among sources ("live48")
  std::string plugin;    ///< plugin name ("live48_web")
  bool enabled = true;   ///< sources only: a disabled source is neither checked nor run
  YAML::Node options;    ///< checked against the plugin's declared options later
  std::string key_path;  ///< "backend" or "sources[0]", for messages
  int line = 0;          ///< where the instance is defined
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

struct Config {
  std::filesystem::path file;  ///< the file it was read from
  LogConfig log;
  PluginsConfig plugins;
  CrawlConfig crawl;
  InstanceConfig backend;
  std::vector<InstanceConfig> sources;
};

}  // namespace kvm48::host
