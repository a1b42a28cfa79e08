#include "config/server_config_reader.hpp"

#include <algorithm>

#include "config/map_reader.hpp"
#include "config/yaml_mark.hpp"

namespace kvm48::host {
namespace {

class ServerReader {
 public:
  ServerReader(const std::string& file, const EnvLookup& env, ConfigIssues& issues)
      : file_(file), env_(env), issues_(issues) {}

  void read(const YAML::Node& node, ServerConfig& server) {
    MapReader reader(node, "server", file_, env_, issues_);
    reader.read("listen", server.listen);
    server.listen_at = position(reader, "listen");
    reader.read_bounded("threads", server.threads, 0, 1024);
    reader.read_bounded("queue", server.queue, 1, 65536);
    reader.read("keep_alive", server.keep_alive);
    reader.read_bounded("keep_alive_timeout_seconds", server.keep_alive_timeout_seconds, 1, 3600);
    reader.read_bounded("max_keep_alive_requests", server.max_keep_alive_requests, 0, 1000000);
    reader.read_bounded("timeout_seconds", server.timeout_seconds, 1, 3600);
    reader.read_bounded("request_deadline_seconds", server.request_deadline_seconds, 1, 3600);
    reader.read_bounded("max_body_bytes", server.max_body_bytes, 256, std::int64_t{1} << 30);
    // Poco refuses request lines with a URI over 16210 bytes itself (answering 400).
    reader.read_bounded("max_uri_bytes", server.max_uri_bytes, 256, 16000);
    reader.read_bounded("max_results", server.max_results, 1, 10000000);
    reader.read("graphiql", server.graphiql);
    reader.read("assets_directory", server.assets_directory);
    reader.read("docs_url", server.docs_url);
    reader.read_bounded("shutdown_grace_seconds", server.shutdown_grace_seconds, 0, 3600);
    reader.read("trusted_proxies", server.trusted_proxies);
    server.trusted_proxies_at = position(reader, "trusted_proxies");
    read_graphql(reader.child("graphql"), server.graphql);
    read_rate_limit(reader.child("rate_limit"), server.rate_limit);
    reader.finish();
  }

 private:
  void read_graphql(const YAML::Node& node, GraphqlLimitsConfig& graphql) {
    MapReader reader(node, "server.graphql", file_, env_, issues_);
    reader.read_bounded("max_query_bytes", graphql.max_query_bytes, 64, std::int64_t{1} << 30);
    reader.read_bounded("max_tokens", graphql.max_tokens, 16, 10000000);
    reader.read_bounded("max_depth", graphql.max_depth, 2, 1000);
    reader.read_bounded("max_fields", graphql.max_fields, 1, 10000000);
    reader.read_bounded("max_aliases", graphql.max_aliases, 0, 10000000);
    reader.read_bounded("max_errors", graphql.max_errors, 1, 100000);
    reader.read_bounded("document_cache_size", graphql.document_cache_size, 0, 1000000);
    reader.finish();
  }

  void read_rate_limit(const YAML::Node& node, RateLimitConfig& limit) {
    MapReader reader(node, "server.rate_limit", file_, env_, issues_);
    reader.read("enabled", limit.enabled);
    reader.read("storage", limit.storage);
    limit.storage_at = position(reader, "storage");
    reader.read("limits", limit.limits);
    limit.limits_at = position(reader, "limits");
    one_of(reader, "strategy", limit.strategy, {"fixed-window", "moving-window"});
    one_of(reader, "on_storage_failure", limit.on_storage_failure, {"allow", "deny"});
    reader.read_bounded("redis_timeout_ms", limit.redis_timeout_ms, 1, 60000);
    reader.read_bounded("redis_pool_size", limit.redis_pool_size, 1, 1024);
    reader.finish();
  }

  SettingPosition position(const MapReader& reader, const std::string& key) const {
    const YAML::Node at = reader.peek(key);
    if (!at.IsDefined()) return {"", 0, 0, reader.join(key)};
    const SourceMark mark = source_mark(at);
    return {file_, mark.line, mark.column, reader.join(key)};
  }

  void one_of(MapReader& reader, const std::string& key, std::string& out,
              const std::vector<std::string>& allowed) {
    reader.read(key, out);
    if (std::find(allowed.begin(), allowed.end(), out) != allowed.end()) return;
    std::string list;
    for (const auto& value : allowed) list += (list.empty() ? "" : " or ") + value;
    reader.report(reader.peek(key), reader.join(key), "expected " + list + ", found '" + out + "'");
  }

  const std::string& file_;
  const EnvLookup& env_;
  ConfigIssues& issues_;
};

}  // namespace

void read_server_config(const YAML::Node& node, const std::string& file, const EnvLookup& env,
                        ConfigIssues& issues, ServerConfig& server) {
  ServerReader(file, env, issues).read(node, server);
}

}  // namespace kvm48::host
