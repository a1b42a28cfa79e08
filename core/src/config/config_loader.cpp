#include "config/config_loader.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "config/config_issue.hpp"
#include "config/map_reader.hpp"
#include "config/scalar.hpp"
#include "logging/line_formatter.hpp"
#include "config/server_config_reader.hpp"
#include "config/yaml_mark.hpp"

namespace kvm48::host {
namespace {

const std::vector<std::string> kLogLevels = {
    "trace", "debug", "information", "notice", "warning", "error", "critical", "fatal", "none"};

bool is_instance_name(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

class Reader {
 public:
  Reader(const std::string& file, const EnvLookup& env) : file_(file), env_(env) {}

  Config read(const YAML::Node& root) {
    Config config;
    MapReader top(root, "", file_, env_, issues_);
    read_log(top.child("log"), config.log);
    read_plugins(top.child("plugins"), config.plugins);
    read_crawl(top.child("crawl"), config.crawl);
    read_server_config(top.child("server"), file_, env_, issues_, config.server);
    read_schedule(top.child("schedule"), "schedule", config.schedule);
    schedule_ = config.schedule;
    read_backend(top.child("backend"), config.backend);
    read_sources(top.child("sources"), config.sources);
    top.finish();
    return config;
  }

  ConfigIssues& issues() { return issues_; }

 private:
  void read_log(const YAML::Node& node, LogConfig& log) {
    MapReader reader(node, "log", file_, env_, issues_);
    reader.read("level", log.level);
    reader.read("format", log.format);
    if (!log_format_from_name(log.format)) {
      reader.report(reader.peek("format"), "log.format",
                    "expected one of text, logfmt, json; found '" + log.format + "'");
    }
    if (std::find(kLogLevels.begin(), kLogLevels.end(), log.level) == kLogLevels.end()) {
      reader.report(reader.peek("level"), "log.level",
                    "expected one of trace, debug, information, notice, warning, error, critical, "
                    "fatal, none; found '" +
                        log.level + "'");
    }
    reader.finish();
  }

  void read_plugins(const YAML::Node& node, PluginsConfig& plugins) {
    MapReader reader(node, "plugins", file_, env_, issues_);
    reader.read("builtin", plugins.builtin);
    std::vector<std::string> directories;
    reader.read("directories", directories);
    plugins.directories.assign(directories.begin(), directories.end());
    reader.read("strict_permissions", plugins.strict_permissions);
    reader.finish();
  }

  void read_crawl(const YAML::Node& node, CrawlConfig& crawl) {
    MapReader reader(node, "crawl", file_, env_, issues_);
    reader.read("user_agent", crawl.user_agent);
    reader.read_bounded("connect_timeout_ms", crawl.connect_timeout_ms, 1, 600000);
    reader.read_bounded("timeout_ms", crawl.timeout_ms, 1, 600000);
    reader.read_bounded("max_attempts", crawl.max_attempts, 1, 100);
    reader.read_bounded("backoff_ms", crawl.backoff_ms, 0, 3600000);
    reader.read_bounded("backoff_max_ms", crawl.backoff_max_ms, 0, 3600000);
    reader.read("jitter", crawl.jitter);
    if (crawl.jitter < 0 || crawl.jitter > 1) {
      reader.report(reader.peek("jitter"), "crawl.jitter",
                    "expected 0 to 1, found " + std::to_string(crawl.jitter));
    }
    reader.read_bounded("retry_after_max_ms", crawl.retry_after_max_ms, 0, 86400000);
    reader.read_bounded("per_host_concurrency", crawl.per_host_concurrency, 1, 64);
    reader.read_bounded("per_host_delay_ms", crawl.per_host_delay_ms, 0, 3600000);
    reader.read_bounded("max_body_bytes", crawl.max_body_bytes, 1024, std::int64_t{1} << 32);
    reader.read_bounded("item_concurrency", crawl.item_concurrency, 1, 64);
    reader.read_bounded("batch_size", crawl.batch_size, 1, 100000);
    reader.read_bounded("run_budget_seconds", crawl.run_budget_seconds, 1, 7 * 86400);
    reader.finish();
  }

  /// Fills `schedule` (which holds the defaults to keep) from the keys present.
  void read_schedule(const YAML::Node& node, const std::string& path, ScheduleConfig& schedule) {
    MapReader reader(node, path, file_, env_, issues_);
    reader.read_bounded("interval_seconds", schedule.interval_seconds, 10, 7 * 86400);
    reader.read("jitter", schedule.jitter);
    // Only values written here: an inherited value was judged where it was written.
    const bool has_jitter = reader.peek("jitter").IsDefined();
    if (has_jitter && (schedule.jitter < 0 || schedule.jitter > 0.5)) {
      reader.report(reader.peek("jitter"), path + ".jitter",
                    "expected 0 to 0.5, found " + std::to_string(schedule.jitter));
    }
    reader.read("run_at_start", schedule.run_at_start);
    reader.read("ping_url", schedule.ping_url);
    if (reader.peek("ping_url").IsDefined() && !schedule.ping_url.empty() &&
        schedule.ping_url.rfind("http://", 0) != 0 && schedule.ping_url.rfind("https://", 0) != 0) {
      reader.report(reader.peek("ping_url"), path + ".ping_url",
                    "expected an http:// or https:// URL, found '" + schedule.ping_url + "'");
    }
    reader.read_bounded("ping_timeout_ms", schedule.ping_timeout_ms, 100, 600000);
    reader.finish();
  }

  void read_instance(const YAML::Node& node, const std::string& path, InstanceConfig& instance,
                     bool named) {
    MapReader reader(node, path, file_, env_, issues_);
    instance.key_path = path;
    const SourceMark mark = source_mark(node);
    instance.line = mark.line;
    instance.column = mark.column;
    if (named) {
      reader.required("name", instance.name);
      if (reader.peek("name").IsDefined() && !is_instance_name(instance.name)) {
        reader.report(
            reader.peek("name"), path + ".name",
            "expected lower case letters, digits, '_' and '-', found '" + instance.name + "'");
      }
      reader.required("plugin", instance.plugin);
      reader.read("enabled", instance.enabled);
      instance.schedule = schedule_;
      read_schedule(reader.child("schedule"), path + ".schedule", instance.schedule);
    } else {
      reader.read("plugin", instance.plugin);
      reader.read("migrate", instance.migrate);
    }
    instance.options = reader.child("options");
    reader.finish();
  }

  void read_backend(const YAML::Node& node, InstanceConfig& backend) {
    backend.name = "backend";
    backend.plugin = "sqlite";
    read_instance(node, "backend", backend, false);
  }

  void read_sources(const YAML::Node& node, std::vector<InstanceConfig>& sources) {
    if (!node || node.IsNull()) return;
    if (!node.IsSequence()) {
      report(node, "sources", "expected a list of source instances, found " + describe_node(node));
      return;
    }
    std::set<std::string> names;
    for (std::size_t i = 0; i < node.size(); ++i) {
      InstanceConfig source;
      const std::string path = "sources[" + std::to_string(i) + "]";
      read_instance(node[i], path, source, true);
      if (!source.name.empty() && !names.insert(source.name).second) {
        report(node[i].IsMap() ? node[i]["name"] : node[i], path + ".name",
               "duplicate source name '" + source.name + "'");
      }
      sources.push_back(std::move(source));
    }
  }

  void report(const YAML::Node& at, const std::string& key, std::string message) {
    issues_.push_back(issue_at(file_, at, key, std::move(message)));
  }

  const std::string& file_;
  const EnvLookup& env_;
  ConfigIssues issues_;
  ScheduleConfig schedule_;  // the top-level schedule, which sources override
};

}  // namespace

Config parse_config(std::string_view text, const std::string& name, const EnvLookup& env) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    const SourceMark mark = source_mark(e.mark);
    throw ConfigError({{name, mark.line, mark.column, "", "YAML syntax error: " + e.msg}});
  }
  Reader reader(name, env);
  Config config = reader.read(root);
  if (!reader.issues().empty()) throw ConfigError(std::move(reader.issues()));
  config.file = name;
  return config;
}

Config load_config(const std::filesystem::path& file, const EnvLookup& env) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw ConfigError({{file.string(), 0, 0, "", "cannot open the configuration file"}});
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), file.string(), env);
}

}  // namespace kvm48::host
